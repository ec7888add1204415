"use client";

import type { WorkspaceSnapshot } from "@/lib/collab";
import type { PublishedSession, RecordedOutcome } from "@/lib/contract/sessions";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { AnswerList } from "./answer-list";
import { ClosedRoundActions } from "./closed-round-actions";
import { ControlStrip } from "./control-strip";
import { RevealBoard } from "./reveal-board";
import { RoundProgress } from "./round-progress";
import { answerRows, revealItems, targetRows } from "./session-rows";
import { TimeLeft } from "./time-left";
import { useSessionDetail } from "./use-session-detail";

interface ActiveSessionProps {
  published: PublishedSession;
  snapshot: WorkspaceSnapshot;
  outcomes: Record<string, RecordedOutcome>;
}

/** A session that is running: the open round for each role, or the revealed results after close. */
export function ActiveSession({ published, snapshot, outcomes }: ActiveSessionProps) {
  const { role } = useWorkspace();
  const detail = useSessionDetail(published);
  const rows = targetRows(published, snapshot);
  const facilitator = role === "facilitator";

  if (published.status === "closed") {
    const recordedHere = (key: string) => {
      const outcome = outcomes[key];
      return outcome?.sessionId === published.id ? outcome.value : undefined;
    };
    const items = revealItems(published, snapshot, recordedHere);
    return (
      <div className="space-y-4">
        {!facilitator && (
          <p role="status" className="rounded-md bg-accent-soft px-3 py-2 text-sm">
            Round {published.round} is closed: answers can no longer change. The results are below; the facilitator
            decides what happens next.
          </p>
        )}
        <RevealBoard heading={`Round ${published.round} results`} items={items} />
        {facilitator && <ClosedRoundActions published={published} items={items} outcomes={outcomes} />}
      </div>
    );
  }

  const canAnswer = detail.data?.canAnswer ?? false;
  return (
    <div className="space-y-4">
      {facilitator ? (
        <ControlStrip published={published} detail={detail.data} rows={rows} />
      ) : (
        <p className="flex flex-wrap gap-x-4 rounded-md bg-accent-soft px-3 py-2 text-sm">
          <span className="font-semibold">Round {published.round} open</span>
          <TimeLeft deadline={published.deadline} />
          <span data-testid="overall-progress">
            {published.complete} of {published.eligible} answered everything
          </span>
        </p>
      )}
      {detail.error && (
        <p role="alert" className="text-sm text-danger">
          The session could not be loaded: {detail.error.message}
        </p>
      )}
      {canAnswer && detail.data ? (
        <AnswerList
          key={`${published.id}:${published.round}`}
          sessionId={published.id}
          round={published.round}
          rows={answerRows(rows, detail.data, published)}
        />
      ) : (
        <>
          {role === "analyst" && detail.data && (
            <p className="text-sm text-muted">
              You are not taking part in this round (you joined after it opened, or the facilitator excluded you). Ask
              the facilitator to admit you; meanwhile you see its progress.
            </p>
          )}
          {!facilitator && <RoundProgress published={published} rows={rows} />}
        </>
      )}
    </div>
  );
}
