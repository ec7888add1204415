"use client";

import { useId, useState, type ReactNode } from "react";

export const FIELD_LABEL = "block text-xs font-medium";
/** 16px text on phones: iOS zooms the page into any smaller form control it focuses. */
export const FIELD_CONTROL =
  "mt-1 w-full rounded-md border border-line bg-surface px-2 py-1.5 text-sm max-sm:text-base aria-invalid:border-danger";

/** A message under a field; announced when it appears. */
export function FieldError({ id, message }: { id: string; message: string | null }) {
  if (!message) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs text-danger">
      {message}
    </p>
  );
}

interface DraftFieldProps {
  label: string;
  hint?: ReactNode;
  /** The value in the document. */
  stored: string;
  /** Writes the typed text; returns what is wrong with it (nothing is written then) or null. */
  save: (text: string) => string | null;
  /** What is wrong with the text, without writing: re-checked while a message is showing. */
  check: (text: string) => string | null;
  rows?: number;
}

/**
 * A plain text field of a shared record: the typing stays local (a peer's change does not jump
 * under the caret) and is written when the person leaves the field or presses Enter. A bad
 * value stays in the field with a message saying what to change; the document keeps the last
 * good value.
 */
export function DraftField({ label, hint, stored, save, check, rows }: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");

  function commit() {
    if (draft === null) return;
    const problem = draft === stored ? null : save(draft);
    setError(problem);
    if (!problem) setDraft(null);
  }

  const common = {
    id,
    value: draft ?? stored,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy || undefined,
    onBlur: commit,
    className: FIELD_CONTROL,
  };

  return (
    <div>
      <label htmlFor={id} className={FIELD_LABEL}>
        {label}
      </label>
      {rows ? (
        <textarea
          {...common}
          rows={rows}
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(check(event.target.value));
          }}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(event) => {
            setDraft(event.target.value);
            if (error) setError(check(event.target.value));
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit();
            }
          }}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} className="mt-0.5 text-[11px] text-muted">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
