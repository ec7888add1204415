"use client";

import { useId } from "react";
import { replyToThread, setThreadResolved, type Thread } from "@/lib/collab";
import { periodText } from "@/lib/domain/period-label";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { CommentForm } from "./comment-form";
import { CommentItem } from "./comment-item";
import { tryEdit } from "./edit-error";
import { ThreadTitle } from "./thread-title";
import { TimeAgo } from "./time-ago";

export interface ThreadViewProps {
  thread: Thread;
  /**
   * Lets writers set and change the title (chart annotations). A title that is set is shown
   * either way.
   */
  editableTitle?: boolean;
  /** Marks the thread someone came to see ("Go to" from the Open-threads panel). */
  highlighted?: boolean;
  /** After this person resolved or reopened it: a list moving it between groups keeps focus. */
  onResolvedChange?: (threadId: string) => void;
}

/** The Resolve/Reopen button of a thread on the page, to put focus back on after a move. */
export function focusResolveToggle(threadId: string): void {
  document.getElementById(threadElementId(threadId))?.querySelector<HTMLElement>("[data-resolve-toggle]")?.focus();
}

/** The DOM id of a thread's article, for scrolling to it. */
export function threadElementId(threadId: string): string {
  return `thread-${threadId}`;
}

/**
 * One thread: title (if any), status, comments, a reply box and Resolve/Reopen. Reads the
 * person's role itself; viewers see everything and no controls. Resolved threads take no
 * replies until reopened.
 */
export function ThreadView({ thread, editableTitle = false, highlighted = false, onResolvedChange }: ThreadViewProps) {
  const { session, author } = useWorkspace();
  const headingId = useId();
  const first = thread.comments[0];
  const hasHeading = thread.title !== "" || (editableTitle && author !== null);
  const opener = first ? `${first.byName}: ${first.text.slice(0, 60)}` : "Thread";

  return (
    <article
      id={threadElementId(thread.id)}
      data-thread={thread.id}
      data-state={thread.resolved ? "resolved" : "open"}
      tabIndex={-1}
      aria-labelledby={hasHeading ? headingId : undefined}
      aria-label={hasHeading ? undefined : `Thread started by ${opener}`}
      className={`rounded-md border px-3 py-2 ${
        highlighted ? "border-l-4 border-line border-l-accent" : "border-line"
      } ${thread.resolved ? "bg-canvas" : "bg-surface"}`}
    >
      <ThreadTitle threadId={thread.id} title={thread.title} headingId={headingId} editable={editableTitle} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-xs text-muted">
          {/* A chart's dialog lists annotations of several periods: each says its own. */}
          {thread.target.kind === "chart" && (
            <span className="font-semibold text-ink">{periodText(thread.target.from, thread.target.to)} · </span>
          )}
          {thread.resolved ? (
            <span className="font-medium text-ok">
              ✓ Resolved by {thread.resolved.byName} <TimeAgo at={thread.resolved.at} />
            </span>
          ) : (
            <span>
              Open · {thread.comments.length} {thread.comments.length === 1 ? "comment" : "comments"}
            </span>
          )}
        </p>
        {author && (
          <Button
            variant={thread.resolved ? "secondary" : "ghost"}
            data-resolve-toggle
            onClick={() => {
              setThreadResolved(session.doc, thread.id, !thread.resolved, author);
              onResolvedChange?.(thread.id);
            }}
          >
            {thread.resolved ? "Reopen" : "Resolve"}
          </Button>
        )}
      </div>
      <ol aria-label="Comments" className="divide-y divide-line">
        {thread.comments.map((comment) => (
          <CommentItem
            key={comment.id}
            threadId={thread.id}
            comment={comment}
            isOnlyComment={thread.comments.length === 1}
          />
        ))}
      </ol>
      {author && !thread.resolved && (
        <div className="border-t border-line pt-2">
          <CommentForm
            label="Reply to this thread"
            submitLabel="Reply"
            onSubmit={(text) => tryEdit(() => replyToThread(session.doc, thread.id, text, author))}
          />
        </div>
      )}
    </article>
  );
}
