"use client";

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from "react";
import type * as Y from "yjs";
import { applyTextInput, shiftIndex } from "@/lib/collab";
import { COLLAB_TEXT_ATTRIBUTE, historyKey } from "./use-undo";

interface Options {
  /** Characters the text may hold; typing past it is refused with a message. */
  limit: number;
  /** This person's undo manager: Ctrl/Cmd+Z in the field undoes through it, not the browser. */
  undo: Y.UndoManager;
  /** Called after each of this person's edits, e.g. to stamp who edited last. */
  onEdited?: () => void;
}

export interface CollaborativeTextField {
  ref: React.RefObject<HTMLTextAreaElement | null>;
  value: string;
  onChange: (event: ChangeEvent<HTMLTextAreaElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  [COLLAB_TEXT_ATTRIBUTE]: "";
}

/**
 * Binds a textarea to a Y.Text: this person's typing becomes splices of the shared text,
 * and others' typing (or an undo) updates the field while the caret stays where it was
 * relative to the surrounding text.
 */
export function useCollaborativeText(
  text: Y.Text,
  { limit, undo, onEdited }: Options,
): { field: CollaborativeTextField; clipped: boolean } {
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const [value, setValue] = useState(() => text.toString());
  const [clipped, setClipped] = useState(false);
  const typing = useRef(false);
  const pendingSelection = useRef<[number, number] | null>(null);

  // A different text (another cell) replaces the field's contents during render, not after.
  const [boundText, setBoundText] = useState(text);
  if (boundText !== text) {
    setBoundText(text);
    setValue(text.toString());
  }

  useEffect(() => {
    const onChange = (event: Y.YTextEvent) => {
      if (typing.current) return;
      const field = ref.current;
      if (field && document.activeElement === field) {
        pendingSelection.current = [
          shiftIndex(field.selectionStart, event.delta),
          shiftIndex(field.selectionEnd, event.delta),
        ];
      }
      setValue(text.toString());
    };
    text.observe(onChange);
    return () => text.unobserve(onChange);
  }, [text]);

  useLayoutEffect(() => {
    const selection = pendingSelection.current;
    const field = ref.current;
    if (!selection || !field) return;
    pendingSelection.current = null;
    field.setSelectionRange(selection[0], selection[1]);
  }, [value]);

  const onChange = useCallback(
    (event: ChangeEvent<HTMLTextAreaElement>) => {
      const field = event.currentTarget;
      typing.current = true;
      let result: { clipped: boolean };
      try {
        result = applyTextInput(text, field.value, field.selectionEnd, limit);
      } finally {
        typing.current = false;
      }
      const next = text.toString();
      if (next !== field.value)
        pendingSelection.current = [
          Math.min(field.selectionStart, next.length),
          Math.min(field.selectionEnd, next.length),
        ];
      setClipped(result.clipped);
      setValue(next);
      onEdited?.();
    },
    [text, limit, onEdited],
  );

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLTextAreaElement>) => {
      const action = historyKey(event.nativeEvent);
      if (!action) return;
      event.preventDefault();
      event.stopPropagation();
      if (action === "undo") undo.undo();
      else undo.redo();
    },
    [undo],
  );

  return { field: { ref, value, onChange, onKeyDown, [COLLAB_TEXT_ATTRIBUTE]: "" }, clipped };
}
