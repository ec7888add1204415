"use client";

import { useRef, useState } from "react";
import type { AnswerValue } from "@/lib/contract/sessions";
import { submitAnswer } from "@/lib/client/session-api";
import { AnswerRow, type AnswerRowData } from "./answer-row";
import { useSessionAction } from "./use-session-detail";

interface AnswerListProps {
  sessionId: string;
  round: number;
  rows: readonly AnswerRowData[];
}

type Given = Record<string, { value: AnswerValue; reason?: string }>;

/**
 * The open round's targets as one focused list. Answers go to the server as they are given;
 * what the server has (after a reload too) comes back in each row's `answer`, and what was
 * given since is shown at once.
 */
export function AnswerList({ sessionId, round, rows }: AnswerListProps) {
  const list = useRef<HTMLOListElement>(null);
  const [given, setGiven] = useState<Given>({});
  const [saving, setSaving] = useState<string | null>(null);
  const answer = useSessionAction(sessionId, submitAnswer);
  const answerOf = (row: AnswerRowData) => given[row.key] ?? row.answer;
  const answered = rows.filter((row) => answerOf(row) !== undefined).length;

  function onAnswer(row: AnswerRowData, value: AnswerValue, reason: string | undefined) {
    const before = given[row.key];
    setGiven((all) => ({ ...all, [row.key]: { value, reason } }));
    setSaving(row.key);
    // Per call, not mutate's callbacks: those run only for the latest of quick successive answers.
    answer
      .mutateAsync([{ target: row.target, value, ...(reason ? { reason } : {}) }])
      .catch(() =>
        setGiven((all) => {
          const { [row.key]: _failed, ...rest } = all;
          return before ? { ...rest, [row.key]: before } : rest;
        }),
      )
      .finally(() => setSaving((key) => (key === row.key ? null : key)));
  }

  function onMove(index: number, by: -1 | 1) {
    const groups = list.current?.querySelectorAll<HTMLElement>("[role=radiogroup]");
    const group = groups?.[index + by];
    (group?.querySelector<HTMLElement>("[tabindex='0']") ?? group?.querySelector<HTMLElement>("[role=radio]"))?.focus();
  }

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-baseline gap-x-3">
        <h3 className="text-base font-semibold">Your answers</h3>
        <p data-testid="answer-progress" className="text-base font-semibold text-accent" aria-live="polite">
          {answered} of {rows.length} answered
        </p>
      </div>
      <p className="text-xs text-muted">
        Round {round}. Nobody sees your answers until the round closes; you can change them until then. Threats are
        rated 1 (lowest) to 5 (highest).
        <span className="max-sm:hidden">
          {" "}
          Keys: ↑ ↓ move between targets, ← → between choices; 1/H, 2/M, 3/L or 1–5 answer, A abstains.
        </span>
      </p>
      {answer.error && (
        <p role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
          Your last answer was not saved: {answer.error.message}
        </p>
      )}
      <ol ref={list} aria-label="Targets to rate" className="divide-y divide-line rounded-md border border-line">
        {rows.map((row, index) => (
          <AnswerRow
            key={`${round}:${row.key}`}
            row={{ ...row, answer: answerOf(row) }}
            saving={saving === row.key}
            onAnswer={(value, reason) => onAnswer(row, value, reason)}
            onMove={(by) => onMove(index, by)}
          />
        ))}
      </ol>
    </div>
  );
}
