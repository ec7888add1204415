"use client";

import { useCallback, useEffect, useId, useRef, useState } from "react";
import type * as Y from "yjs";
import { LIMITS, rationaleText, stampRationale } from "@/lib/collab";
import { publishFocus } from "@/lib/client/presence";
import { useCollaborativeText } from "@/lib/client/use-collaborative-text";
import { useWorkspace } from "@/components/workspace/workspace-context";

/** "Who edited last" is written at most this often while someone types, and once on leaving. */
const STAMP_INTERVAL_MS = 3000;

interface RationaleEditorProps {
  areaId: string;
  optionId: string;
  /** Set when the grid asks for the editor (F2 there); `onFocused` says it was honoured. */
  focusSignal?: number;
  onFocused: () => void;
  /** Esc: back to the cell. */
  onReturn: () => void;
}

/**
 * A cell's rationale, typed together: it is bound to the cell's Y.Text, so two people writing at
 * once both keep their words. The text is fetched in an effect because it may have to be
 * created (a cell that raced an add), and creating it is a write.
 */
export function RationaleEditor({ areaId, optionId, ...props }: RationaleEditorProps) {
  const { session } = useWorkspace();
  const [text, setText] = useState<Y.Text | null>(null);
  // Looked up on every change of the document: undoing a removal brings the cell back with a new
  // Y.Text. The lookup may create the text (a cell that raced an add), a write, so never in render.
  useEffect(() => {
    const look = () => {
      // Never (re)create the text of a cell someone has just removed.
      const live = session.workspace.getSnapshot();
      const exists = live.areas.some((area) => area.id === areaId) && live.options.some((o) => o.id === optionId);
      if (exists) setText(rationaleText(session.doc, areaId, optionId));
    };
    const unsubscribe = session.workspace.subscribe(look);
    const frame = requestAnimationFrame(look);
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [session, areaId, optionId]);

  if (!text) return <p className="text-sm text-muted">Loading the rationale…</p>;
  return <RationaleField key={`${areaId}|${optionId}`} text={text} areaId={areaId} optionId={optionId} {...props} />;
}

function RationaleField({
  text,
  areaId,
  optionId,
  focusSignal,
  onFocused,
  onReturn,
}: RationaleEditorProps & { text: Y.Text }) {
  const { session, author } = useWorkspace();
  const id = useId();
  const lastStamp = useRef(0);
  const unstamped = useRef(false);

  const stamp = useCallback(() => {
    if (!author) return;
    lastStamp.current = Date.now();
    unstamped.current = false;
    stampRationale(session.doc, areaId, optionId, author);
  }, [session.doc, areaId, optionId, author]);

  const onEdited = useCallback(() => {
    unstamped.current = true;
    if (Date.now() - lastStamp.current >= STAMP_INTERVAL_MS) stamp();
  }, [stamp]);

  const { field, clipped } = useCollaborativeText(text, {
    limit: LIMITS.rationaleLength,
    undo: session.undo,
    onEdited,
  });

  useEffect(() => {
    if (!focusSignal) return;
    field.ref.current?.focus();
    onFocused();
  }, [focusSignal, field.ref, onFocused]);

  return (
    <div>
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={id} className="text-xs font-medium text-muted">
          Rationale
        </label>
        <span id={`${id}-count`} className="text-[11px] text-muted tabular-nums">
          {field.value.length.toLocaleString()} / {LIMITS.rationaleLength.toLocaleString()}
          <span className="sr-only"> characters</span>
        </span>
      </div>
      <textarea
        id={id}
        {...field}
        rows={4}
        placeholder="Why this level? Evidence, assumptions, sources."
        aria-describedby={`${id}-count${clipped ? ` ${id}-limit` : ""}`}
        onFocus={() => publishFocus(session, { areaId, optionId, editing: true })}
        onBlur={() => {
          if (unstamped.current) stamp();
          // Still on the cell, no longer writing; leaving the matrix altogether clears it after.
          publishFocus(session, { areaId, optionId });
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") {
            event.preventDefault();
            onReturn();
            return;
          }
          field.onKeyDown(event);
        }}
        className="mt-0.5 w-full resize-y rounded-md border border-line bg-surface px-2 py-1.5 text-sm leading-snug"
      />
      {clipped && (
        <p id={`${id}-limit`} role="alert" className="mt-1 text-xs text-danger">
          A rationale holds at most {LIMITS.rationaleLength.toLocaleString()} characters; the rest was not added.
          Shorten it, or move detail into a comment.
        </p>
      )}
    </div>
  );
}
