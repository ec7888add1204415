"use client";

import type { Thread, WorkspaceSnapshot } from "@/lib/collab";
import { Panel } from "@/components/ui/panel";
import { byRecentActivity, lastActivity } from "@/components/threads/thread-activity";
import { shorten, targetLabel } from "@/components/threads/target-label";
import { TimeAgo } from "@/components/threads/time-ago";

/**
 * The team's open discussions, folded: a reader sees what is still being argued and where,
 * and opens one to read it. Chart annotations stay with their charts; resolved threads are
 * settled and left out.
 */
export function OpenComments({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const open = byRecentActivity(
    snapshot.threads.filter((thread) => !thread.resolved && thread.target.kind !== "chart"),
  );
  return (
    <Panel
      headingId="open-comments-heading"
      title="Open discussions"
      description={
        open.length === 0
          ? "Nothing under discussion."
          : `${open.length} open ${open.length === 1 ? "thread" : "threads"}, newest activity first. Open one to read it.`
      }
    >
      {open.length === 0 ? (
        <p className="px-4 py-4 text-sm text-muted">
          The team has no open comment threads on the matrix or the register.
        </p>
      ) : (
        <ul className="divide-y divide-line">
          {open.map((thread) => (
            <li key={thread.id}>
              <FoldedThread thread={thread} snapshot={snapshot} />
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}

function FoldedThread({ thread, snapshot }: { thread: Thread; snapshot: WorkspaceSnapshot }) {
  const label = targetLabel(thread.target, snapshot, { maxPart: 60 }) ?? "Removed item";
  const [first] = thread.comments;
  const count = thread.comments.length;
  return (
    <details className="group px-4 py-2.5" data-thread-summary={thread.id}>
      <summary className="cursor-pointer list-none [&::-webkit-details-marker]:hidden">
        <span className="flex items-start gap-2">
          <span aria-hidden="true" className="mt-0.5 text-xs text-muted transition-transform group-open:rotate-90">
            ▶
          </span>
          <span className="min-w-0 flex-1">
            <span className="block text-xs font-semibold text-accent">{label}</span>
            {first && (
              <span className="block truncate text-sm">
                <span className="font-medium">{first.byName}:</span> {shorten(first.text, 140)}
              </span>
            )}
            <span className="block text-xs text-muted">
              {count === 1 ? "1 comment" : `${count} comments`} · <TimeAgo at={lastActivity(thread)} prefix="active " />
            </span>
          </span>
        </span>
      </summary>
      <ol className="mt-2 ml-5 space-y-2 border-l-2 border-line pl-3">
        {thread.comments.map((comment) => (
          <li key={comment.id} className="text-sm">
            <p className="text-xs text-muted">
              <span className="font-medium text-ink">{comment.byName}</span> · <TimeAgo at={comment.at} />
            </p>
            <p className="break-words whitespace-pre-line">{comment.text}</p>
          </li>
        ))}
      </ol>
    </details>
  );
}
