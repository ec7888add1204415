"use client";

import { useEffect, useState } from "react";
import { removeRecord, type StructureKind } from "@/lib/collab";
import type { CollabSession } from "@/lib/client/collab-session";

export interface RemovalNotice {
  state: "removed" | "restored";
  kind: StructureKind;
  id: string;
  name: string;
  impact: string;
}

/**
 * Removes an option or area as one undo step of its own, and keeps a notice with an Undo button
 * for as long as that step is the last one this person can undo.
 */
export function useRemoval(session: CollabSession) {
  const [notice, setNotice] = useState<RemovalNotice | null>(null);
  const [step, setStep] = useState<unknown>(null);
  const undo = session.undo;

  useEffect(() => {
    if (step === null) return undefined;
    const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
    const check = () => {
      if (undo.undoStack.at(-1) === step) return;
      setStep(null);
      setNotice((current) => (current?.state === "removed" ? null : current));
    };
    for (const event of events) undo.on(event, check);
    return () => {
      for (const event of events) undo.off(event, check);
    };
  }, [undo, step]);

  function remove(kind: StructureKind, id: string, name: string, impact: string): void {
    // Its own step: an edit made just before or after must not be undone with it.
    undo.stopCapturing();
    removeRecord(session.doc, kind, id);
    undo.stopCapturing();
    setStep(undo.undoStack.at(-1) ?? null);
    setNotice({ state: "removed", kind, id, name, impact });
  }

  /** Undoes the removal if it is still this person's last step; returns what came back. */
  function restore(): RemovalNotice | null {
    if (!notice || step === null || undo.undoStack.at(-1) !== step) return null;
    const restored = { ...notice, state: "restored" as const };
    setStep(null);
    undo.undo();
    setNotice(restored);
    return restored;
  }

  return { notice, remove, restore, dismiss: () => setNotice(null) };
}
