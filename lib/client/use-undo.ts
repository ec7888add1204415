"use client";

import { useEffect, useSyncExternalStore } from "react";
import type { CollabSession } from "./collab-session";
import type { HistorySnapshot } from "./document-stores";

/** Marks an element whose typing goes into the shared document, so undo there is Mesa's. */
export const COLLAB_TEXT_ATTRIBUTE = "data-collab-text";

export type HistoryKey = "undo" | "redo" | null;

/** Ctrl/Cmd+Z is undo; Shift+Ctrl/Cmd+Z and Ctrl+Y are redo. */
export function historyKey(
  event: Pick<KeyboardEvent, "key" | "ctrlKey" | "metaKey" | "shiftKey" | "altKey">,
): HistoryKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === "z") return event.shiftKey ? "redo" : "undo";
  if (key === "y" && event.ctrlKey && !event.shiftKey) return "redo";
  return null;
}

/** A plain form field (not bound to the document) keeps the browser's own undo. */
function ownsItsUndo(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.hasAttribute(COLLAB_TEXT_ATTRIBUTE)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

export function useHistory(session: CollabSession): HistorySnapshot {
  const store = session.history;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Page-wide undo/redo shortcuts for this person's edits. */
export function useUndoShortcuts(session: CollabSession, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = historyKey(event);
      if (!action || ownsItsUndo(event.target)) return;
      event.preventDefault();
      if (action === "undo") session.undo.undo();
      else session.undo.redo();
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [session, enabled]);
}
