"use client";

import { useCallback, useId } from "react";
import type * as Y from "yjs";
import { LIMITS, InvalidEditError, updateThreat } from "@/lib/collab";
import { useCollaborativeText } from "@/lib/client/use-collaborative-text";
import { useEditStamp } from "@/lib/client/use-edit-stamp";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { FIELD_CONTROL, FIELD_LABEL, FieldError } from "./draft-field";

const COUNT = new Intl.NumberFormat("en");

/** The threat's notes, typed together: two people's typing merges character by character. */
export function NotesField({ text, threatId }: { text: Y.Text; threatId: string }) {
  const id = useId();
  const { session, author } = useWorkspace();
  const stampThreat = useCallback(() => {
    if (!author) return;
    try {
      // An empty change stamps "updated by" only.
      updateThreat(session.doc, threatId, {}, author);
    } catch (error) {
      // Removed by a peer while its notes were open: nothing left to stamp.
      if (!(error instanceof InvalidEditError)) throw error;
    }
  }, [session.doc, threatId, author]);
  const { onEdited, flush } = useEditStamp(author ? stampThreat : null);
  const { field, clipped } = useCollaborativeText(text, { limit: LIMITS.notesLength, undo: session.undo, onEdited });
  const left = LIMITS.notesLength - field.value.length;

  return (
    <div>
      <label htmlFor={id} className={FIELD_LABEL}>
        Notes <span className="font-normal text-muted">(saved as you type; others see it live)</span>
      </label>
      <textarea
        id={id}
        {...field}
        onBlur={flush}
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
