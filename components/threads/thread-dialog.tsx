"use client";

import { useEffect, useId, useState } from "react";
import { threadsOn, type ThreadTarget } from "@/lib/collab";
import { useWorkspaceSnapshot } from "@/lib/client/use-workspace-snapshot";
import { useChartNames } from "@/components/trends/use-chart-names";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { ModalDialog } from "./modal-dialog";
import { NewThreadForm } from "./new-thread-form";
import { targetLabel } from "./target-label";
import { ThreadList } from "./thread-list";
import { threadElementId } from "./thread-view";

interface ThreadDialogProps {
  target: ThreadTarget;
  /** A thread to scroll to and mark. */
  threadId?: string;
  returnFocus: HTMLElement | null;
  onClose: () => void;
}

/** Every thread on one target, live, with a box to start another. */
export function ThreadDialog({ target, threadId, returnFocus, onClose }: ThreadDialogProps) {
  const { session, author } = useWorkspace();
  const snapshot = useWorkspaceSnapshot(session);
  const headingId = useId();
  const [markedId, setMarkedId] = useState(threadId);
  const charts = useChartNames();
  const label = targetLabel(target, snapshot, { charts });
  const threads = threadsOn(snapshot.threads, target);
  const isChart = target.kind === "chart";

  useEffect(() => {
    if (!markedId) return;
    document.getElementById(threadElementId(markedId))?.scrollIntoView({ block: "nearest" });
  }, [markedId]);

  return (
    <ModalDialog
      labelledBy={headingId}
      name="thread"
      onClose={onClose}
      returnFocus={returnFocus}
      className="m-auto flex max-h-[min(88dvh,52rem)] w-[min(40rem,calc(100%-1rem))] flex-col rounded-lg border border-line max-sm:mt-2"
    >
      <div className="flex items-start justify-between gap-3 border-b border-line px-4 py-3">
        <h2
          id={headingId}
          data-dialog-heading
          tabIndex={-1}
          className="min-w-0 text-base font-semibold focus:outline-none"
        >
          <span className="block text-xs font-medium text-muted">{isChart ? "Annotations" : "Comments"}</span>
          <span className="block break-words">{label ?? "Removed item"}</span>
        </h2>
        <button
          type="button"
          onClick={onClose}
          aria-label="Close comments"
          className="inline-flex size-8 shrink-0 items-center justify-center rounded-md text-lg text-muted hover:bg-canvas hover:text-ink"
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="min-h-0 flex-1 space-y-4 overflow-y-auto px-4 py-3">
        {label === null ? (
          <p role="status" className="text-sm text-muted">
            Someone removed this item from the workspace, and its comments went with it.
          </p>
        ) : (
          <>
            {threads.length === 0 ? (
              <p className="text-sm text-muted">
                No comments here yet.
                {!author && " Viewers can read comments but not write them."}
              </p>
            ) : (
              <ThreadList threads={threads} editableTitles={isChart} highlightId={markedId} />
            )}
            {author && (
              <section aria-labelledby={`${headingId}-new`} className="border-t border-line pt-3">
                <h3 id={`${headingId}-new`} className="mb-2 text-sm font-semibold">
                  {threads.length === 0 ? "Start a thread" : "New thread"}
                </h3>
                <NewThreadForm
                  target={target}
                  withTitle={isChart}
                  autoFocus={threads.length === 0}
                  onOpened={setMarkedId}
                />
              </section>
            )}
          </>
        )}
      </div>
    </ModalDialog>
  );
}
