"use client";

import { useId, type KeyboardEvent } from "react";
import { LIMITS } from "@/lib/collab";

interface CommentBoxProps {
  label: string;
  /** Shown as the visible label; otherwise the label is for screen readers only. */
  showLabel?: boolean;
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onSubmit: () => void;
  /** Esc inside the box (e.g. cancel an edit) instead of closing the dialog. */
  onEscape?: () => void;
  error: string | null;
  autoFocus?: boolean;
  rows?: number;
}

// The counter appears once the text gets near the limit, so most comments show no number.
const COUNTER_FROM = LIMITS.commentLength - 500;

/** A comment textarea with its label, a length counter near the limit and the field's error. */
export function CommentBox({
  label,
  showLabel = false,
  value,
  onChange,
  onSubmit,
  onEscape,
  error,
  autoFocus,
  rows = 2,
}: CommentBoxProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const showCounter = value.length > COUNTER_FROM;
  const describedBy = [error ? errorId : "", showCounter ? counterId : ""].filter(Boolean).join(" ") || undefined;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit();
    } else if (event.key === "Escape" && onEscape) {
      // Keeps the dialog open: Esc here only leaves the edit.
      event.preventDefault();
      event.stopPropagation();
      onEscape();
    }
  }

  return (
    <div>
      <label htmlFor={id} className={showLabel ? "mb-1 block text-xs font-medium text-muted" : "sr-only"}>
        {label}
      </label>
      <textarea
        id={id}
        value={value}
        rows={rows}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        placeholder={showLabel ? undefined : label}
        className="block w-full resize-y rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm placeholder:text-muted aria-invalid:border-danger max-sm:text-base"
      />
      <div className="mt-0.5 flex justify-between gap-2 text-xs">
        {error ? (
          <p id={errorId} className="text-danger">
            {error}
          </p>
        ) : (
          <span />
        )}
        {showCounter && (
          <p
            id={counterId}
            className={value.trim().length > LIMITS.commentLength ? "font-medium text-danger" : "text-muted"}
          >
            {value.trim().length.toLocaleString()} / {LIMITS.commentLength.toLocaleString()}
          </p>
        )}
      </div>
    </div>
  );
}
