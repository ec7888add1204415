"use client";

import { useId, useState } from "react";
import { threatFieldsSchema, type ThreatChange } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { FIELD_CONTROL, FIELD_LABEL, FieldError } from "./draft-field";

const INCOMPLETE = "Enter a whole date (day, month and year), or clear the field.";

function checkDate(value: string, incomplete: boolean): string | null {
  if (incomplete) return INCOMPLETE;
  if (value === "") return null;
  // The browser takes years past 9999; the message the schema gives would not say why.
  if (/^\d{5,}-/.test(value)) return "Use a four-digit year, e.g. 2009-06-30.";
  const result = threatFieldsSchema.shape.nextReview.safeParse(value);
  return result.success ? null : (result.error.issues[0]?.message ?? "This date cannot be used.");
}

interface Entry {
  value: string;
  /** A date half typed: the browser reports it as an empty value. */
  incomplete: boolean;
}

/** Read from the element: typing part of a date into an empty field fires no change event. */
function entered(input: HTMLInputElement): Entry {
  return { value: input.value, incomplete: input.validity.badInput };
}

interface ReviewDateFieldProps {
  stored: string | null;
  save: (change: ThreatChange) => string | null;
}

/**
 * The next review date. The browser's date input reports a half-typed date as empty with
 * `validity.badInput`, so that case gets its own message instead of clearing the date.
 */
export function ReviewDateField({ stored, save }: ReviewDateFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<Entry | null>(null);
  const [error, setError] = useState<string | null>(null);

  function commit(next: Entry) {
    const problem =
      checkDate(next.value, next.incomplete) ??
      (next.value === (stored ?? "") ? null : save({ nextReview: next.value === "" ? null : next.value }));
    setError(problem);
    if (!problem) setDraft(null);
  }

  return (
    <div>
      <label htmlFor={id} className={FIELD_LABEL}>
        Next review
      </label>
      <div className="flex items-start gap-1.5">
        <input
          id={id}
          type="date"
          value={draft ? draft.value : (stored ?? "")}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            const next = entered(event.target);
            setDraft(next);
            if (error) setError(checkDate(next.value, next.incomplete));
          }}
          onBlur={(event) => commit(entered(event.currentTarget))}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              commit(entered(event.currentTarget));
            }
          }}
          className={FIELD_CONTROL}
        />
        {(stored !== null || draft) && (
          <Button
            className="mt-1 shrink-0"
            aria-label="Clear the review date"
            onClick={() => commit({ value: "", incomplete: false })}
          >
            Clear
          </Button>
        )}
      </div>
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
