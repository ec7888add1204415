"use client";

import { useState } from "react";
import type { Thread } from "@/lib/collab";
import { splitByStatus } from "./thread-activity";
import { focusResolveToggle, ThreadView } from "./thread-view";

export interface ThreadListProps {
  /** The threads to show, in the order to show them within each group. */
  threads: readonly Thread[];
  /** Passed to every ThreadView: writers may title threads (chart annotations). */
  editableTitles?: boolean;
  /** A thread to mark; if it is resolved, the resolved group starts expanded. */
  highlightId?: string;
}

/** Open threads, then the resolved ones behind a "Resolved (n)" disclosure. */
export function ThreadList({ threads, editableTitles = false, highlightId }: ThreadListProps) {
  const { open, resolved } = splitByStatus(threads);
  const [showResolved, setShowResolved] = useState(() => resolved.some((thread) => thread.id === highlightId));

  // A thread moves between the groups when resolved or reopened; its list item remounts, so
  // focus follows it to its new place (opening the resolved group if needed).
  function onResolvedChange(threadId: string) {
    setShowResolved((shown) => shown || open.some((thread) => thread.id === threadId));
    requestAnimationFrame(() => focusResolveToggle(threadId));
  }

  const view = (thread: Thread) => (
    <li key={thread.id}>
      <ThreadView
        thread={thread}
        editableTitle={editableTitles}
        highlighted={thread.id === highlightId}
        onResolvedChange={onResolvedChange}
      />
    </li>
  );
  return (
    <div className="space-y-3">
      {open.length > 0 && (
        <ul aria-label="Open threads" className="space-y-3">
          {open.map(view)}
        </ul>
      )}
      {resolved.length > 0 && (
        <details open={showResolved} onToggle={(event) => setShowResolved(event.currentTarget.open)}>
          <summary className="inline-flex min-h-6 cursor-pointer items-center rounded px-1 text-xs font-medium text-muted hover:text-ink">
            Resolved ({resolved.length})
          </summary>
          <ul aria-label="Resolved threads" className="mt-2 space-y-3">
            {resolved.map(view)}
          </ul>
        </details>
      )}
    </div>
  );
}
