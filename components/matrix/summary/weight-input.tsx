"use client";

import { useId, useState } from "react";
import { WEIGHT_MAX, WEIGHT_MIN, WEIGHT_STEP, parseWeight } from "@/lib/domain/scoring";
import { formatWeight } from "@/lib/domain/scoring-text";

interface WeightInputProps {
  /** Names the field for assistive technology: "Weight of <area>". */
  areaName: string;
  value: number;
  /** Called only with a valid weight that differs from `value`. Null renders the weight as text: viewers get no control. */
  onCommit: ((weight: number) => void) | null;
  className?: string;
}

/**
 * A priority area's weight. Typing keeps a local draft and checks it only on commit (Enter or
 * leaving the field), so a half-typed "1." is never refused mid-word; Esc puts back the
 * current weight. A bad draft stays in the field with a message beside it until fixed.
 */
export function WeightInput({ onCommit, ...props }: WeightInputProps) {
  if (!onCommit) {
    return (
      <span className={`text-xs text-muted ${props.className ?? ""}`}>
        Weight <span className="font-medium text-ink tabular-nums">{formatWeight(props.value)}</span>
      </span>
    );
  }
  return <WeightField onCommit={onCommit} {...props} />;
}

function WeightField({
  areaName,
  value,
  onCommit,
  className = "",
}: WeightInputProps & { onCommit: (weight: number) => void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();

  function commit() {
    if (draft === null) return;
    const parsed = parseWeight(draft);
    if (!parsed.ok) {
      setError(parsed.message);
      return;
    }
    setDraft(null);
    setError(null);
    if (parsed.value !== value) onCommit(parsed.value);
  }

  function step(direction: 1 | -1) {
    const parsed = parseWeight(draft ?? formatWeight(value));
    const from = parsed.ok ? parsed.value : value;
    setDraft(formatWeight(Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, from + direction * WEIGHT_STEP))));
    setError(null);
  }

  return (
    <div className={className}>
      <div className="flex items-center gap-1.5">
        <label htmlFor={inputId} className="text-xs text-muted">
          Weight<span className="sr-only"> of {areaName}</span>
        </label>
        <input
          id={inputId}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={draft ?? formatWeight(value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onBlur={commit}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit();
            } else if (event.key === "Escape" && (draft !== null || error !== null)) {
              // Only a pending edit claims Esc; otherwise it stays free for the surrounding grid.
              event.preventDefault();
              event.stopPropagation();
              setDraft(null);
              setError(null);
            } else if (event.key === "ArrowUp" || event.key === "ArrowDown") {
              event.preventDefault();
              step(event.key === "ArrowUp" ? 1 : -1);
            }
          }}
          className="w-14 rounded-md border border-line bg-surface px-1.5 py-1 text-right text-sm tabular-nums aria-invalid:border-danger aria-invalid:bg-danger-soft"
        />
        <span id={hintId} className="text-xs text-muted">
          {WEIGHT_MIN}–{WEIGHT_MAX}
          <span className="sr-only">, in steps of {WEIGHT_STEP}</span>
        </span>
      </div>
      {error && (
        <p id={errorId} role="alert" className="mt-1 text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
