"use client";

import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { threadsPhrase } from "./remove-threat";

export interface RemovedThreat {
  threatId: string;
  name: string;
  threads: number;
  /** The undo step of the removal: Undo here is offered only while it is the latest step. */
  step: unknown;
}

interface RemovedNoticeProps {
  removed: RemovedThreat;
  onUndone: (threatId: string) => void;
  onDismiss: () => void;
}

/** "Removed X. Undo": focus lands here after a removal, so Undo is one key away. */
export function RemovedNotice({ removed, onUndone, onDismiss }: RemovedNoticeProps) {
  const { session } = useWorkspace();
  const latest = useSyncExternalStore(session.history.subscribe, () => session.undo.undoStack.at(-1) === removed.step);

  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-2 rounded-md border border-line bg-canvas px-3 py-2 text-sm"
    >
      <span>
        Removed “{removed.name}”{threadsPhrase(removed.threads)}.
      </span>
      {latest ? (
        <Button
          autoFocus
          onClick={() => {
            session.undo.undo();
            onUndone(removed.threatId);
          }}
        >
          Undo
        </Button>
      ) : (
        <span className="text-muted">You have edited since; undo those edits first to bring it back.</span>
      )}
      <Button variant="ghost" className="ml-auto" aria-label="Dismiss this message" onClick={onDismiss}>
        ✕
      </Button>
    </div>
  );
}
