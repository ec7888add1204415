"use client";

import { useState } from "react";
import type { Threat } from "@/lib/collab";
import { Button } from "@/components/ui/button";

interface RemoveThreatProps {
  threat: Threat;
  /** Comment threads on the threat: they are removed with it. */
  threadCount: number;
  onRemove: () => void;
}

export function threadsPhrase(count: number): string {
  return count === 0 ? "" : ` and its ${count} comment thread${count === 1 ? "" : "s"}`;
}

/** Removal asks first and says what goes with the threat; it can be undone afterwards. */
export function RemoveThreat({ threat, threadCount, onRemove }: RemoveThreatProps) {
  const [confirming, setConfirming] = useState(false);
  if (!confirming) {
    return (
      <Button className="text-danger" onClick={() => setConfirming(true)}>
        Remove threat…
      </Button>
    );
  }
  return (
    <div
      role="group"
      aria-labelledby="remove-threat-question"
      className="rounded-md border border-danger bg-danger-soft p-3"
    >
      <p id="remove-threat-question" className="text-sm">
        Remove “{threat.name}”{threadsPhrase(threadCount)} for everyone? You can undo it afterwards.
      </p>
      <div className="mt-2 flex gap-2">
        <Button variant="primary" className="bg-danger hover:bg-[#7f0b1e]" onClick={onRemove}>
          Remove
        </Button>
        {/* The safe choice takes focus, so a stray Enter keeps the threat. */}
        <Button autoFocus onClick={() => setConfirming(false)}>
          Keep it
        </Button>
      </div>
    </div>
  );
}
