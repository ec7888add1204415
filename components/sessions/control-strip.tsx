"use client";

import type { PublishedSession, SessionDetail } from "@/lib/contract/sessions";
import { closeRound, extendRound } from "@/lib/client/session-api";
import { Button } from "@/components/ui/button";
import { ParticipantList } from "./participant-list";
import { RoundProgress, type ProgressRow } from "./round-progress";
import { TimeLeft } from "./time-left";
import { useSessionAction } from "./use-session-detail";

interface ControlStripProps {
  published: PublishedSession;
  detail: SessionDetail | undefined;
  rows: readonly ProgressRow[];
}

/** The facilitator's controls while a round is open: time, who has answered, Extend, Close round. */
export function ControlStrip({ published, detail, rows }: ControlStripProps) {
  const close = useSessionAction(published.id, closeRound);
  const extend = useSessionAction(published.id, extendRound);
  const error = close.error ?? extend.error;
  return (
    <div data-testid="control-strip" className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2 rounded-md bg-accent-soft px-3 py-2 text-sm">
        <span className="font-semibold">Round {published.round} open</span>
        <TimeLeft deadline={published.deadline} />
        <span data-testid="overall-progress">
          <strong className="tabular-nums">
            {published.complete} of {published.eligible}
          </strong>{" "}
          answered everything
        </span>
        <span className="ml-auto flex flex-wrap gap-2">
          {published.deadline !== null && (
            <>
              <Button disabled={extend.isPending} onClick={() => extend.mutate([60])}>
                Extend 1 min
              </Button>
              <Button disabled={extend.isPending} onClick={() => extend.mutate([300])}>
                Extend 5 min
              </Button>
            </>
          )}
          <Button variant="primary" disabled={close.isPending} onClick={() => close.mutate([])}>
            {close.isPending ? "Closing…" : "Close round"}
          </Button>
        </span>
      </div>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error.message}
        </p>
      )}
      <details open>
        <summary className="cursor-pointer text-sm font-semibold">Answers per target</summary>
        <div className="mt-2">
          <RoundProgress published={published} rows={rows} />
        </div>
      </details>
      <details open>
        <summary className="cursor-pointer text-sm font-semibold">
          Participants ({detail?.participants.list?.filter((person) => !person.excluded).length ?? published.eligible})
        </summary>
        <div className="mt-2">
          {detail?.participants.list ? (
            <ParticipantList
              sessionId={published.id}
              participants={detail.participants.list}
              targetCount={published.targets.length}
            />
          ) : (
            <p className="text-sm text-muted">Loading who takes part…</p>
          )}
        </div>
      </details>
    </div>
  );
}
