"use client";

import { useState } from "react";
import { describeImpact, moveRecord, removalImpact, type StructureKind } from "@/lib/collab";
import { useWorkspaceSnapshot } from "@/lib/client/use-workspace-snapshot";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { RemoveDialog } from "./remove-dialog";

const WORDS = {
  option: { noun: "option", back: "Move left", forward: "Move right", backArrow: "←", forwardArrow: "→" },
  area: { noun: "priority area", back: "Move up", forward: "Move down", backArrow: "↑", forwardArrow: "↓" },
} as const;

interface RecordActionsProps {
  kind: StructureKind;
  id: string;
  name: string;
  index: number;
  count: number;
  onRemove: (kind: StructureKind, id: string, name: string, impact: string) => void;
}

/** Move one place either way, or remove after a confirmation that says what goes with it. */
export function RecordActions({ kind, id, name, index, count, onRemove }: RecordActionsProps) {
  const { session } = useWorkspace();
  const snapshot = useWorkspaceSnapshot(session);
  const [confirming, setConfirming] = useState(false);
  const words = WORDS[kind];
  // aria-disabled rather than disabled: a button that disables itself would drop keyboard focus.
  const moveButton = (by: -1 | 1) => {
    const blocked = by < 0 ? index === 0 : index === count - 1;
    return (
      <Button
        aria-disabled={blocked || undefined}
        className="aria-disabled:cursor-not-allowed aria-disabled:opacity-50"
        onClick={() => {
          if (!blocked) moveRecord(session.doc, kind, id, index + by);
        }}
      >
        <span aria-hidden="true">{by < 0 ? words.backArrow : words.forwardArrow}</span>
        {by < 0 ? words.back : words.forward}
      </Button>
    );
  };
  const impact = confirming ? describeImpact(removalImpact(snapshot, kind, id)) : "";

  return (
    <div className="flex flex-wrap items-center gap-2">
      {moveButton(-1)}
      {moveButton(1)}
      <button
        type="button"
        onClick={() => setConfirming(true)}
        className="ml-auto inline-flex min-h-8 items-center rounded-md border border-danger/40 bg-surface px-3 py-1 text-sm font-medium text-danger hover:bg-danger-soft"
      >
        Remove {words.noun}…
      </button>
      {confirming && (
        <RemoveDialog
          noun={words.noun}
          name={name}
          impact={impact}
          onClose={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRemove(kind, id, name, impact);
          }}
        />
      )}
    </div>
  );
}
