"use client";

import type { ThreadTarget } from "@/lib/collab";
import { SpeechBubbleIcon } from "@/components/threads/speech-bubble-icon";
import { useTargetThreadCounts } from "@/components/threads/use-target-threads";

/**
 * The open-thread count shown inside a grid cell or header. Not a button: a grid keeps one tab
 * stop, so the comment button itself (ThreadBadge) sits in the details panel beside the grid.
 */
export function ThreadCount({ target }: { target: ThreadTarget }) {
  const { open } = useTargetThreadCounts(target);
  if (open === 0) return null;
  return (
    <span className="inline-flex shrink-0 items-center gap-0.5 rounded-full bg-accent-soft px-1 text-[11px] leading-4 font-semibold text-accent">
      <SpeechBubbleIcon className="size-3" />
      <span aria-hidden="true">{open}</span>
      <span className="sr-only">
        , {open} open comment {open === 1 ? "thread" : "threads"}
      </span>
    </span>
  );
}
