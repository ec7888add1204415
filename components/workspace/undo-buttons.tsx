"use client";

import { useHistory, useUndoShortcuts } from "@/lib/client/use-undo";
import { useWorkspace } from "./workspace-context";

function UndoIcon({ flip = false }: { flip?: boolean }) {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" className={`size-4 ${flip ? "-scale-x-100" : ""}`} fill="none">
      <path
        d="M5.5 4 2.5 7l3 3M3 7h6.5a4 4 0 0 1 0 8H7"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

const BUTTON =
  "inline-flex min-h-8 items-center gap-1 rounded-md border border-line bg-surface px-2 text-xs font-medium hover:bg-canvas aria-disabled:cursor-not-allowed aria-disabled:text-muted aria-disabled:opacity-60 aria-disabled:hover:bg-surface";

/**
 * Undo and redo of this person's own edits (never a peer's), with the page-wide shortcuts.
 * aria-disabled keeps a button focusable when its stack runs out, so focus never drops.
 */
export function UndoButtons() {
  const { session, author } = useWorkspace();
  const { canUndo, canRedo } = useHistory(session);
  useUndoShortcuts(session, author !== null);
  if (!author) return null;

  return (
    <div role="group" aria-label="Your edits" className="flex items-center gap-1">
      <button
        type="button"
        aria-disabled={!canUndo || undefined}
        aria-keyshortcuts="Control+Z Meta+Z"
        title="Undo your last edit (Ctrl+Z or ⌘Z)"
        onClick={() => canUndo && session.undo.undo()}
        className={BUTTON}
      >
        <UndoIcon />
        <span className="max-sm:sr-only">Undo</span>
      </button>
      <button
        type="button"
        aria-disabled={!canRedo || undefined}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
        title="Redo (Shift+Ctrl+Z or Shift+⌘Z)"
        onClick={() => canRedo && session.undo.redo()}
        className={BUTTON}
      >
        <UndoIcon flip />
        <span className="max-sm:sr-only">Redo</span>
      </button>
    </div>
  );
}
