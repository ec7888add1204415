"use client";

import type { Thread, WorkspaceSnapshot } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { lastActivity } from "./thread-activity";
import { shorten, targetLabel, type NamedChart } from "./target-label";
import { TimeAgo } from "./time-ago";

interface ThreadSummaryProps {
  thread: Thread;
  records: Pick<WorkspaceSnapshot, "options" | "areas" | "threats">;
  onGoTo: (thread: Thread, button: HTMLElement) => void;
  /** Names of the charts annotations point at, imported ones included. */
  charts?: readonly NamedChart[];
}

/** One thread in the Open-threads panel: where it is, how it starts, how lively it is. */
export function ThreadSummary({ thread, records, onGoTo, charts }: ThreadSummaryProps) {
  const label = targetLabel(thread.target, records, { maxPart: 48, charts }) ?? "Removed item";
  const fullLabel = targetLabel(thread.target, records, { charts }) ?? label;
  const [first] = thread.comments;
  const replies = thread.comments.length - 1;

  return (
    <article data-thread-summary={thread.id} aria-label={`${label}: thread`} className="px-4 py-3">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-xs font-semibold text-accent" title={fullLabel}>
            {label}
          </p>
          {thread.title && <p className="text-sm font-semibold">{thread.title}</p>}
        </div>
        <Button
          className="shrink-0"
          aria-label={`Go to ${fullLabel}`}
          onClick={(event) => onGoTo(thread, event.currentTarget)}
        >
          Go to
        </Button>
      </div>
      {first && (
        <p className="mt-1 line-clamp-3 text-sm break-words">
          <span className="font-medium">{first.byName}:</span> {shorten(first.text, 280)}
        </p>
      )}
      <p className="mt-1 text-xs text-muted">
        {replies === 0 ? "No replies" : replies === 1 ? "1 reply" : `${replies} replies`} ·{" "}
        <TimeAgo at={lastActivity(thread)} prefix="active " />
        {thread.resolved && <span className="font-medium text-ok"> · ✓ Resolved by {thread.resolved.byName}</span>}
      </p>
    </article>
  );
}
