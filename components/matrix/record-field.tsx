"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { InvalidEditError } from "@/lib/collab";

interface RecordFieldProps {
  label: string;
  value: string;
  limit: number;
  multiline?: boolean;
  /** Writes the value; an InvalidEditError is shown at the field and the draft stays. */
  onCommit: (value: string) => void;
  /** Esc with nothing to cancel: back to the grid. */
  onReturn: () => void;
  /** Set when the grid asks for this field (Enter or F2 there); `onFocused` says it was honoured. */
  focusSignal?: number;
  onFocused?: () => void;
  placeholder?: string;
}

const FIELD =
  "w-full rounded-md border border-line bg-surface px-2 py-1 text-sm aria-invalid:border-danger aria-invalid:bg-danger-soft";

/**
 * A name or description of an option or area. Typing keeps a local draft, written on Enter
 * (Ctrl/Cmd+Enter in a text box) or when leaving the field; Esc puts back the current value.
 * A peer's change shows at once unless this person is midway through their own.
 */
export function RecordField({
  label,
  value,
  limit,
  multiline = false,
  focusSignal,
  onFocused,
  ...props
}: RecordFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const id = useId();
  const shown = draft ?? value;

  useEffect(() => {
    if (!focusSignal) return;
    ref.current?.focus();
    onFocused?.();
  }, [focusSignal, onFocused]);

  function commit() {
    if (draft === null) return;
    if (draft === value) {
      setDraft(null);
      return;
    }
    try {
      props.onCommit(draft);
      setDraft(null);
      setError(null);
    } catch (caught) {
      if (!(caught instanceof InvalidEditError)) throw caught;
      setError(caught.message);
    }
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === "Escape") {
      event.preventDefault();
      event.stopPropagation();
      if (draft === null && error === null) props.onReturn();
      setDraft(null);
      setError(null);
    } else if (event.key === "Enter" && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    }
  }

  const field = {
    id,
    ref,
    value: shown,
    placeholder: props.placeholder,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": `${id}-count${error ? ` ${id}-error` : ""}`,
    onChange: (event: { target: { value: string } }) => {
      setDraft(event.target.value);
      setError(null);
    },
    onBlur: commit,
    onKeyDown,
  };
  const over = shown.length > limit;

  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium text-muted">
          {label}
        </label>
        <span
          id={`${id}-count`}
          className={`text-[11px] tabular-nums ${over ? "font-semibold text-danger" : "text-muted"} ${!multiline && shown.length < limit - 20 ? "sr-only" : ""}`}
        >
          {shown.length.toLocaleString()} / {limit.toLocaleString()}
          <span className="sr-only"> characters</span>
        </span>
      </div>
      {multiline ? (
        <textarea {...field} rows={3} className={`${FIELD} mt-0.5 resize-y leading-snug`} />
      ) : (
        <input {...field} type="text" autoComplete="off" className={`${FIELD} mt-0.5`} />
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
