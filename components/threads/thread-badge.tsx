"use client";

import { targetKey, type ThreadTarget } from "@/lib/collab";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { BADGE_ATTRIBUTE, requestThreadDialog } from "./thread-events";
import { SpeechBubbleIcon } from "./speech-bubble-icon";
import { useTargetThreadCounts } from "./use-target-threads";

export interface ThreadBadgeProps {
  /** What the comments are on: a matrix cell, an option, a priority area, a threat or a chart moment. */
  target: ThreadTarget;
  /**
   * The target's name as a person reads it, e.g. "Strategic partnership × Develop a cohesive
   * security strategy" or "Organized crime". Used in the accessible name: "Comments on
   * <label>: 2 open".
   */
  label: string;
  /** Extra classes for placing the badge (margins, alignment); its look is its own. */
  className?: string;
}

const BASE =
  "inline-flex min-h-6 min-w-6 shrink-0 items-center justify-center gap-0.5 rounded-full px-1 text-xs font-semibold";

/**
 * The comment button of one target. Shows the number of open threads; with none it shows a
 * faint "add comment" bubble to people who can write, a plain bubble when only resolved threads
 * remain, and nothing to a viewer with nothing to read. Activating it opens the target's thread
 * dialog (via the `mesa:open-thread` event; the dashboard mounts the one dialog).
 *
 * Put `data-thread-target={targetKey(target)}` on the element the badge belongs to (cell,
 * header, row/card) so the Open-threads panel can scroll to it and focus this badge.
 * Enter, Space and clicks do not bubble to the surrounding element (a grid cell, a row).
 */
export function ThreadBadge({ target, label, className = "" }: ThreadBadgeProps) {
  const { author } = useWorkspace();
  const { open, resolved } = useTargetThreadCounts(target);
  if (open === 0 && resolved === 0 && !author) return null;

  const name =
    open > 0
      ? `Comments on ${label}: ${open} open`
      : resolved > 0
        ? `Comments on ${label}: none open, ${resolved} resolved`
        : `Add a comment on ${label}`;
  const look =
    open > 0
      ? "border border-accent/50 bg-accent-soft text-accent hover:bg-[#cfe2f6]"
      : resolved > 0
        ? "text-muted hover:bg-canvas hover:text-ink"
        : "text-muted opacity-60 hover:bg-canvas hover:opacity-100 focus-visible:opacity-100";

  return (
    <button
      type="button"
      {...{ [BADGE_ATTRIBUTE]: targetKey(target) }}
      aria-label={name}
      title={name}
      aria-haspopup="dialog"
      className={`${BASE} ${look} ${className}`}
      onClick={(event) => {
        event.stopPropagation();
        requestThreadDialog({ target, opener: event.currentTarget });
      }}
      onKeyDown={(event) => {
        if (event.key === "Enter" || event.key === " ") event.stopPropagation();
      }}
    >
      <SpeechBubbleIcon plus={open === 0 && resolved === 0} />
      {open > 0 && <span aria-hidden="true">{open}</span>}
    </button>
  );
}
