"use client";

import { useId, type ReactNode } from "react";

export interface FieldControlProps {
  id: string;
  "aria-invalid"?: true;
  "aria-describedby"?: string;
}

interface FormFieldProps {
  label: string;
  hint?: string;
  /** Shown under the control and read out with it. */
  error?: string | null;
  children: (control: FieldControlProps) => ReactNode;
}

export const INPUT_CLASS =
  "w-full rounded-md border border-line bg-surface px-2.5 py-1.5 text-sm aria-invalid:border-danger";

/** A label, its control, a hint and the message at the field when its value is refused. */
export function FormField({ label, hint, error, children }: FormFieldProps) {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ");
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({
        id,
        ...(error ? { "aria-invalid": true as const } : {}),
        ...(describedBy ? { "aria-describedby": describedBy } : {}),
      })}
      {hint && (
        <p id={hintId} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="text-sm text-danger">
          {error}
        </p>
      )}
    </div>
  );
}
