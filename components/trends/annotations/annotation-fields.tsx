"use client";

import { useId } from "react";
import { CommentBox } from "@/components/threads/comment-box";
import type { AnnotationErrors, AnnotationInput } from "./annotation-model";

interface AnnotationFieldsProps {
  value: AnnotationInput;
  errors: AnnotationErrors;
  onChange: (value: AnnotationInput) => void;
  /** Ctrl/Cmd+Enter in the text. */
  onSubmit: () => void;
  onEscape: () => void;
}

/** Title and text of an annotation, each with its message; used to add and to edit. */
export function AnnotationFields({ value, errors, onChange, onSubmit, onEscape }: AnnotationFieldsProps) {
  const titleId = useId();
  const errorId = `${titleId}-error`;
  return (
    <>
      <div>
        <label htmlFor={titleId} className="mb-1 block text-xs font-medium text-muted">
          Title <span className="font-normal">(a few words for the chart)</span>
        </label>
        <input
          id={titleId}
          value={value.title}
          autoFocus
          onChange={(event) => onChange({ ...value, title: event.target.value })}
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.preventDefault();
            onEscape();
          }}
          aria-invalid={errors.title ? true : undefined}
          aria-describedby={errors.title ? errorId : undefined}
          className="block w-full rounded-md border border-line bg-surface px-2.5 py-1 text-sm aria-invalid:border-danger max-sm:text-base"
        />
        {errors.title && (
          <p id={errorId} className="mt-0.5 text-xs text-danger">
            {errors.title}
          </p>
        )}
      </div>
      <CommentBox
        label="Text"
        showLabel
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
        onSubmit={onSubmit}
        onEscape={onEscape}
        error={errors.text ?? null}
        rows={3}
      />
    </>
  );
}

/** After a refused save: the first field with a message gets focus, once it is rendered. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus());
}
