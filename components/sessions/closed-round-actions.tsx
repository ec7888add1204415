"use client";

import { useState } from "react";
import type { PublishedSession, RecordedOutcome, SessionTarget } from "@/lib/contract/sessions";
import { finishSession, openNextRound, recordOutcomes, revertOutcome } from "@/lib/client/session-api";
import { Button } from "@/components/ui/button";
import { OutcomeRow } from "./outcome-row";
import type { RevealItem } from "./reveal-board";
import { medianValue } from "./target-text";
import { useSessionAction } from "./use-session-detail";

interface ClosedRoundActionsProps {
  published: PublishedSession;
  items: readonly RevealItem[];
  outcomes: Record<string, RecordedOutcome>;
}

/** After close, the facilitator records outcomes, opens another round, or finishes the session. */
export function ClosedRoundActions({ published, items, outcomes }: ClosedRoundActionsProps) {
  const record = useSessionAction(published.id, recordOutcomes);
  const revert = useSessionAction(published.id, revertOutcome);
  const next = useSessionAction(published.id, openNextRound);
  const finish = useSessionAction(published.id, finishSession);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const disagreed = items.filter((item) => item.result.flag !== "agreement").length;
  const agreedUnrecorded = items.filter(
    (item) =>
      item.result.flag === "agreement" &&
      outcomes[item.key]?.sessionId !== published.id &&
      medianValue(item.target, item.result) !== null,
  );
  const busy = record.isPending || revert.isPending || next.isPending || finish.isPending;
  const error = record.error ?? revert.error ?? next.error ?? finish.error;
  const pickedTargets: SessionTarget[] = items.filter((item) => picked.has(item.key)).map((item) => item.target);

  return (
    <section aria-labelledby="record-heading" className="space-y-3 rounded-lg border border-line p-3">
      <div className="flex flex-wrap items-center gap-2">
        <h3 id="record-heading" className="mr-auto text-base font-semibold">
          Record outcomes
        </h3>
        <Button
          disabled={busy || agreedUnrecorded.length === 0}
          onClick={() => record.mutate([{ outcomes: agreedUnrecorded.map((item) => ({ target: item.target })) }])}
        >
          Record the {agreedUnrecorded.length} agreed at their median
        </Button>
      </div>
      <ul aria-label="Outcomes" className="divide-y divide-line rounded-md border border-line">
        {items.map((item) => (
          <OutcomeRow
            key={item.key}
            item={item}
            outcome={outcomes[item.key]}
            sessionId={published.id}
            busy={busy}
            picked={picked.has(item.key)}
            onPick={(on) =>
              setPicked((all) => {
                const nextSet = new Set(all);
                if (on) nextSet.add(item.key);
                else nextSet.delete(item.key);
                return nextSet;
              })
            }
            onRecord={(value) => record.mutate([{ outcomes: [{ target: item.target, value }] }])}
            onRevert={() => revert.mutate([item.target])}
          />
        ))}
      </ul>
      {error && (
        <p role="alert" className="text-sm text-danger">
          {error.message}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-2 border-t border-line pt-3">
        <Button
          variant="primary"
          disabled={busy || disagreed === 0}
          onClick={() => next.mutate([{ targets: "disagreed" }])}
        >
          Next round on the {disagreed} without agreement
        </Button>
        <Button disabled={busy || pickedTargets.length === 0} onClick={() => next.mutate([{ targets: pickedTargets }])}>
          Next round on the {pickedTargets.length} ticked
        </Button>
        <Button className="ml-auto" disabled={busy} onClick={() => finish.mutate([])}>
          Finish session
        </Button>
      </div>
    </section>
  );
}
