"use client";

import { useEffect, useId, useRef } from "react";
import { Button } from "@/components/ui/button";

interface RemoveDialogProps {
  /** "option" or "priority area", as the person reads it. */
  noun: string;
  name: string;
  /** "4 ratings and 1 comment thread", or "" when nothing else goes. */
  impact: string;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * Asks before removing an option or area and says what goes with it. A modal <dialog>: the
 * browser keeps focus inside, Esc cancels, and focus goes back to the opener on cancel.
 */
export function RemoveDialog({ noun, name, impact, onConfirm, onClose }: RemoveDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return undefined;
    if (!element.open) element.showModal();
    // Cancel takes focus: a stray Enter should not remove anything.
    element.querySelector<HTMLButtonElement>("[data-cancel]")?.focus();
    return () => element.close();
  }, []);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onClose={onClose}
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg border border-line bg-surface p-5 text-ink shadow-xl backdrop:bg-ink/40"
    >
      <h2 id={titleId} className="text-base font-semibold">
        Remove the {noun} “{name}”?
      </h2>
      <div id={bodyId} className="mt-2 space-y-1.5 text-sm">
        <p>{impact ? `This also removes ${impact}.` : "No ratings, rationales or comments are attached to it."}</p>
        <p className="text-muted">You can undo this right after, or later with Undo in the header.</p>
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button data-cancel onClick={() => dialog.current?.close()}>
          Cancel
        </Button>
        <Button variant="primary" className="bg-danger hover:bg-[#86091e]" onClick={onConfirm}>
          Remove {noun}
        </Button>
      </div>
    </dialog>
  );
}
