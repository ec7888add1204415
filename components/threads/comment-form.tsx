"use client";

import { useState, type FormEvent } from "react";
import type { InvalidEditError } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { CommentBox } from "./comment-box";

interface CommentFormProps {
  label: string;
  submitLabel: string;
  initialText?: string;
  /** Writes the comment; returns the refusal to show at the field, or null. */
  onSubmit: (text: string) => InvalidEditError | null;
  onCancel?: () => void;
  autoFocus?: boolean;
}

/** A reply box or a comment being edited: one field, its message, submit (and cancel). */
export function CommentForm({ label, submitLabel, initialText = "", onSubmit, onCancel, autoFocus }: CommentFormProps) {
  const [text, setText] = useState(initialText);
  const [error, setError] = useState<string | null>(null);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    const refusal = onSubmit(text);
    setError(refusal?.message ?? null);
    if (!refusal) setText(initialText);
  }

  return (
    <form onSubmit={submit} className="space-y-1.5">
      <CommentBox
        label={label}
        value={text}
        onChange={(value) => {
          setText(value);
          setError(null);
        }}
        onSubmit={submit}
        onEscape={onCancel}
        error={error}
        autoFocus={autoFocus}
      />
      <div className="flex gap-2">
        <Button type="submit" variant="primary">
          {submitLabel}
        </Button>
        {onCancel && <Button onClick={onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}
