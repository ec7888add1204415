"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "./workspace-context";

/**
 * What the server refused of this person's changes (the server has already undone them in
 * everyone's copy, this one included), newest first, until dismissed. A polite live region:
 * read out after what the person is doing, never interrupting it.
 */
export function RefusalNotices() {
  const { session } = useWorkspace();
  const refusals = useSyncExternalStore(
    session.refusals.subscribe,
    session.refusals.getSnapshot,
    session.refusals.getSnapshot,
  );
  return (
    <ul aria-live="polite" aria-label="Refused changes" data-testid="refusals">
      {refusals.map((refusal) => (
        <li
          key={refusal.id}
          className="mb-2 flex items-center gap-3 rounded-md bg-danger-soft px-3 py-1.5 text-sm text-danger"
        >
          <span className="min-w-0 flex-1">
            This change was refused: {refusal.message}
            {refusal.path && <span className="text-muted"> ({refusal.path})</span>}
          </span>
          <Button
            variant="ghost"
            aria-label={`Dismiss: ${refusal.message}`}
            onClick={() => session.refusals.dismiss(refusal.id)}
          >
            Dismiss
          </Button>
        </li>
      ))}
    </ul>
  );
}
