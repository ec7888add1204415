"use client";

import { useState } from "react";
import type { RatedValue, RecordedOutcome } from "@/lib/contract/sessions";
import { Button } from "@/components/ui/button";
import { FlagBadge } from "./flag-badge";
import type { RevealItem } from "./reveal-board";
import { medianText, medianValue, scaleValues, valueText } from "./target-text";

interface OutcomeRowProps {
  item: RevealItem;
  /** What is recorded for this target now (from any session). */
  outcome: RecordedOutcome | undefined;
  sessionId: string;
  busy: boolean;
  picked: boolean;
  onPick: (picked: boolean) => void;
  onRecord: (value: RatedValue) => void;
  onRevert: () => void;
}

/**
 * Record one target: the median by default; when the median lies between two values the
 * facilitator must choose, and the row says so. A recording of this session can be reverted.
 */
export function OutcomeRow({ item, outcome, sessionId, busy, picked, onPick, onRecord, onRevert }: OutcomeRowProps) {
  const median = medianValue(item.target, item.result);
  const [value, setValue] = useState<string>(median === null ? "" : String(median));
  const values = [...scaleValues(item.target)].reverse();
  const recordedHere = outcome?.sessionId === sessionId;
  const chosen = values.find((entry) => String(entry) === value);
  return (
    <li
      data-testid="outcome-row"
      data-target={item.key}
      className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-2 text-sm"
    >
      <label className="flex items-center gap-1.5 text-xs text-muted">
        <input type="checkbox" checked={picked} onChange={(event) => onPick(event.target.checked)} />
        <span aria-hidden="true">Again</span>
        <span className="sr-only">Rate {item.label} again in the next round</span>
      </label>
      <span className="min-w-48 flex-1">
        <span className="font-medium">{item.label}</span>
        <span className="flex items-center gap-2 text-xs text-muted">
          <FlagBadge flag={item.result.flag} n={item.result.n} size="small" />
          Median {medianText(item.target, item.result)}
        </span>
      </span>
      {recordedHere ? (
        <>
          <span className="font-semibold text-accent">Recorded {valueText(outcome.value)}</span>
          <Button
            className="min-h-7 px-2 text-xs"
            disabled={busy}
            onClick={onRevert}
            aria-label={`Revert ${item.label}`}
          >
            Revert
          </Button>
        </>
      ) : (
        <>
          <label className="flex items-center gap-1 text-xs">
            <span className="sr-only">Value to record for {item.label}</span>
            <select
              value={value}
              onChange={(event) => setValue(event.target.value)}
              className="rounded border border-line bg-surface px-1.5 py-1 text-sm"
            >
              {median === null && <option value="">Choose a value…</option>}
              {values.map((entry) => (
                <option key={entry} value={String(entry)}>
                  {valueText(entry)}
                  {entry === median ? " (median)" : ""}
                </option>
              ))}
            </select>
          </label>
          <Button
            className="min-h-7 px-2 text-xs"
            disabled={busy || chosen === undefined}
            onClick={() => chosen !== undefined && onRecord(chosen as RatedValue)}
            aria-label={`Record ${item.label}`}
          >
            Record
          </Button>
          {median === null && item.result.median !== null && (
            <span className="w-full text-xs text-warn">The median lies between two values: choose one to record.</span>
          )}
        </>
      )}
    </li>
  );
}
