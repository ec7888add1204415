"use client";

import { useId } from "react";
import type * as Y from "yjs";
import { LIMITS } from "@/lib/collab";
import { useCollaborativeText } from "@/lib/client/use-collaborative-text";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { FIELD_CONTROL, FIELD_LABEL, FieldError } from "./draft-field";

const COUNT = new Intl.NumberFormat("en");

/** The threat's notes, typed together: two people's typing merges character by character. */
export function NotesField({ text }: { text: Y.Text }) {
  const id = useId();
  const { session } = useWorkspace();
  const { field, clipped } = useCollaborativeText(text, { limit: LIMITS.notesLength, undo: session.undo });
  const left = LIMITS.notesLength - field.value.length;

  return (
    <div>
      <label htmlFor={id} className={FIELD_LABEL}>
        Notes <span className="font-normal text-muted">(saved as you type; others see it live)</span>
      </label>
      <textarea
        id={id}
        {...field}
        rows={5}
        aria-describedby={`${id}-count${clipped ? ` ${id}-error` : ""}`}
        aria-invalid={clipped ? true : undefined}
        className={FIELD_CONTROL}
      />
      <p id={`${id}-count`} className="mt-0.5 text-right text-[11px] text-muted">
        {COUNT.format(left)} of {COUNT.format(LIMITS.notesLength)} characters left
      </p>
      <FieldError
        id={`${id}-error`}
        message={
          clipped
            ? `Notes hold up to ${COUNT.format(LIMITS.notesLength)} characters; what did not fit was left out.`
            : null
        }
      />
    </div>
  );
}
