"use client";

import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { RemovalNotice } from "./use-removal";

const NOUN = { option: "option", area: "priority area" } as const;

interface RemovalStatusProps {
  notice: RemovalNotice | null;
  onUndo: () => void;
  onDismiss: () => void;
}

/**
 * "Removed option “X” and its 4 ratings. Undo": a live region that is always on the page, so
 * the news is read out; focus moves to Undo, since the removed record's controls are gone.
 */
export function RemovalStatus({ notice, onUndo, onDismiss }: RemovalStatusProps) {
  const region = useRef<HTMLDivElement>(null);
  const removed = notice?.state === "removed" ? notice : null;

  useEffect(() => {
    if (removed) region.current?.querySelector<HTMLButtonElement>("[data-undo]")?.focus();
  }, [removed]);

  return (
    <div ref={region} role="status">
      {notice && (
        <div
          className={`flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-line px-4 py-2 text-sm ${removed ? "bg-warn/10" : "bg-accent-soft/60"}`}
        >
          <p className="min-w-0 flex-1">
            {removed
              ? `Removed the ${NOUN[notice.kind]} “${notice.name}”${notice.impact ? ` with ${notice.impact}` : ""}.`
              : `Brought back the ${NOUN[notice.kind]} “${notice.name}”.`}
          </p>
          {removed && (
            <Button data-undo onClick={onUndo}>
              Undo
            </Button>
          )}
          <Button variant="ghost" onClick={onDismiss} aria-label="Dismiss this message">
            Dismiss
          </Button>
        </div>
      )}
    </div>
  );
}
