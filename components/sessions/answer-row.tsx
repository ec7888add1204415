"use client";

import { useState, type KeyboardEvent } from "react";
import {
  REASON_MAX_LENGTH,
  targetScale,
  type AnswerValue,
  type SessionTarget,
  type TargetResult,
} from "@/lib/contract/sessions";
import { choicesOf, answerForKey } from "./answer-keys";
import { PreviousRound } from "./previous-round";
import { valueText } from "./target-text";

export interface AnswerRowData {
  key: string;
  label: string;
  target: SessionTarget;
  answer?: { value: AnswerValue; reason?: string };
  /** "k of n answered", from the counts the server publishes. */
  answered?: number;
  eligible?: number;
  previous?: TargetResult;
}

interface AnswerRowProps {
  row: AnswerRowData;
  saving: boolean;
  onAnswer: (value: AnswerValue, reason: string | undefined) => void;
  /** Up/Down, and after a key answers: move to the previous or next target. */
  onMove: (by: -1 | 1) => void;
}

/**
 * One target to rate: the choices as a radio group (arrows move, keys answer), an optional
 * reason saved with the answer, and the previous round's results as feedback.
 */
export function AnswerRow({ row, saving, onAnswer, onMove }: AnswerRowProps) {
  const scale = targetScale(row.target);
  const choices = choicesOf(scale);
  const current = row.answer?.value;
  const [reason, setReason] = useState(row.answer?.reason ?? "");
  const focusIndex = Math.max(0, current === undefined ? 0 : choices.indexOf(current));

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const vertical = { ArrowUp: -1, ArrowDown: 1 }[event.key] as -1 | 1 | undefined;
    if (vertical) {
      event.preventDefault();
      onMove(vertical);
      return;
    }
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>("[role=radio]")];
    if (step) {
      event.preventDefault();
      const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
      buttons[(at + step + buttons.length) % buttons.length]?.focus();
      return;
    }
    const value = answerForKey(scale, event.key);
    if (value === undefined) return;
    event.preventDefault();
    buttons[choices.indexOf(value)]?.focus();
    onAnswer(value, reason.trim() || undefined);
    onMove(1);
  }

  const groupLabel = `${row.label}: your answer`;
  return (
    <li
      data-testid="answer-row"
      data-target={row.key}
      data-answered={current !== undefined}
      className="space-y-2 px-3 py-3"
    >
      <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <p className="min-w-48 flex-1 text-sm font-medium">{row.label}</p>
        <div role="radiogroup" aria-label={groupLabel} onKeyDown={onKeyDown} className="flex flex-wrap gap-1">
          {choices.map((choice, index) => (
            <button
              key={String(choice)}
              type="button"
              role="radio"
              aria-checked={choice === current}
              tabIndex={index === focusIndex ? 0 : -1}
              onClick={() => onAnswer(choice, reason.trim() || undefined)}
              className="min-h-9 min-w-10 rounded-md border border-line bg-surface px-2.5 text-sm font-medium hover:bg-accent-soft aria-checked:border-accent aria-checked:bg-accent aria-checked:text-white"
            >
              {valueText(choice)}
            </button>
          ))}
        </div>
        <span className="w-16 text-xs text-muted" aria-live="polite">
          {saving ? "Saving…" : current !== undefined ? "Saved" : ""}
        </span>
        {row.eligible !== undefined && (
          <span className="w-28 text-right text-xs text-muted tabular-nums">
            {row.answered ?? 0} of {row.eligible} answered
          </span>
        )}
      </div>
      <label className="flex items-center gap-2 text-xs text-muted">
        <span className="shrink-0">Reason</span>
        <input
          value={reason}
          maxLength={REASON_MAX_LENGTH}
          onChange={(event) => setReason(event.target.value)}
          onBlur={() => {
            if (current !== undefined && reason.trim() !== (row.answer?.reason ?? ""))
              onAnswer(current, reason.trim() || undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") event.currentTarget.blur();
          }}
          placeholder={current === undefined ? "Answer first, then say why (optional)" : "Why? (optional, one line)"}
          aria-label={`Reason for ${row.label} (optional, up to ${REASON_MAX_LENGTH} characters)`}
          className="min-w-0 flex-1 rounded border border-line px-2 py-1 text-sm text-ink"
        />
      </label>
      {row.previous && <PreviousRound target={row.target} result={row.previous} />}
    </li>
  );
}
