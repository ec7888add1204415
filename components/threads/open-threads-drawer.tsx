"use client";

import { useId, useState } from "react";
import type { Thread } from "@/lib/collab";
import { useWorkspaceSnapshot } from "@/lib/client/use-workspace-snapshot";
import { useChartNames } from "@/components/trends/use-chart-names";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { ModalDialog } from "./modal-dialog";
import { byRecentActivity, filterThreads, type ThreadFilter } from "./thread-activity";
import { ThreadSummary } from "./thread-summary";

interface OpenThreadsDrawerProps {
  returnFocus: HTMLElement | null;
  onClose: () => void;
  /** Closes the drawer and takes the person to the thread's target. */
  onGoTo: (thread: Thread, button: HTMLElement) => void;
}

const FILTERS: { value: ThreadFilter; label: string }[] = [
  { value: "open", label: "Open" },
  { value: "resolved", label: "Resolved" },
  { value: "all", label: "All" },
];

const EMPTY: Record<ThreadFilter, string> = {
  open: "No open threads. Start one with the speech-bubble button on a cell, option, priority area or threat.",
  resolved: "No resolved threads yet.",
  all: "No comments in this workspace yet. Start one with the speech-bubble button on a cell, option, priority area or threat.",
};

/** Every thread of the workspace, newest activity first, filtered by status; each goes to its target. */
export function OpenThreadsDrawer({ returnFocus, onClose, onGoTo }: OpenThreadsDrawerProps) {
  const { session } = useWorkspace();
  const snapshot = useWorkspaceSnapshot(session);
  const charts = useChartNames();
  const [filter, setFilter] = useState<ThreadFilter>("open");
  const headingId = useId();
  const shown = byRecentActivity(filterThreads(snapshot.threads, filter));

  return (
    <ModalDialog
      labelledBy={headingId}
      name="comments-panel"
      onClose={onClose}
      returnFocus={returnFocus}
      className="my-0 mr-0 ml-auto flex h-dvh max-h-none w-[min(28rem,100%)] max-w-full flex-col border-l border-line"
    >
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-3">
        <h2 id={headingId} className="text-base font-semibold">
          Comments
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close comments panel"
          className="inline-flex size-8 items-center justify-center rounded-md text-lg text-muted hover:bg-canvas hover:text-ink"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <fieldset className="flex gap-1 border-b border-line px-4 py-2">
        <legend className="sr-only">Show threads</legend>
        {FILTERS.map(({ value, label }) => (
          <label
            key={value}
            className="inline-flex min-h-8 cursor-pointer items-center gap-1.5 rounded-md border border-line px-2.5 text-sm has-checked:border-accent has-checked:bg-accent-soft has-checked:font-medium has-checked:text-accent has-focus-visible:outline-2 has-focus-visible:outline-accent"
          >
            <input
              type="radio"
              name={`${headingId}-filter`}
              value={value}
              checked={filter === value}
              onChange={() => setFilter(value)}
              className="sr-only"
            />
            {label} ({filterThreads(snapshot.threads, value).length})
          </label>
        ))}
      </fieldset>
      <div className="min-h-0 flex-1 overflow-y-auto">
        {shown.length === 0 ? (
          <p className="px-4 py-6 text-sm text-muted">{EMPTY[filter]}</p>
        ) : (
          <ol
            aria-label={`${FILTERS.find((item) => item.value === filter)?.label} threads`}
            className="divide-y divide-line"
          >
            {shown.map((thread) => (
              <li key={thread.id}>
                <ThreadSummary thread={thread} records={snapshot} onGoTo={onGoTo} charts={charts} />
              </li>
            ))}
          </ol>
        )}
      </div>
    </ModalDialog>
  );
}
