"use client";

import type { WorkspaceSnapshot } from "@/lib/collab";
import type { PublishedSession, RecordedOutcome } from "@/lib/contract/sessions";
import { revealItems, targetRows, type TargetRow } from "@/components/sessions/session-rows";
import { TimeLeft } from "@/components/sessions/time-left";
import type { DashboardParts } from "../dashboard-parts";

interface SessionSlideProps {
  published: PublishedSession;
  snapshot: WorkspaceSnapshot;
  outcomes: Readonly<Record<string, RecordedOutcome>>;
  RevealBoard: DashboardParts["RevealBoard"];
}

/**
 * A rating session on the room's screen: while a round is open, how many have answered (never
 * what); once it closes, the reveal board, sorted with disagreement first.
 */
export function SessionSlide({ published, snapshot, outcomes, RevealBoard }: SessionSlideProps) {
  const rows = targetRows(published, snapshot);
  if (published.status === "open") return <OpenRound published={published} rows={rows} />;
  const recorded = (key: string) => {
    const outcome = outcomes[key];
    return outcome?.sessionId === published.id ? outcome.value : undefined;
  };
  return (
    <div className="space-y-3">
      {published.status === "finished" && (
        <p className="text-base text-muted">This session is finished; these are its last round&rsquo;s results.</p>
      )}
      <RevealBoard
        heading={`Round ${published.round} results`}
        items={revealItems(published, snapshot, recorded)}
        wide
      />
    </div>
  );
}

function OpenRound({ published, rows }: { published: PublishedSession; rows: readonly TargetRow[] }) {
  const n = published.eligible;
  const answers = rows.reduce((sum, row) => sum + (published.answered[row.key] ?? 0), 0);
  return (
    <div className="space-y-4" data-testid="present-session-progress">
      <div className="flex flex-wrap items-baseline gap-x-6 gap-y-1 rounded-lg bg-accent-soft px-4 py-3 text-xl">
        <span className="font-semibold">Round {published.round} open</span>
        <span data-testid="present-overall-progress">
          {published.complete} of {n} answered every target
        </span>
        <span className="text-muted">
          {answers} of {rows.length * n} answers in
        </span>
        {published.deadline !== null && (
          <span className="ml-auto">
            <TimeLeft deadline={published.deadline} />
          </span>
        )}
      </div>
      <p className="text-base text-muted">Answers stay hidden until the facilitator closes the round.</p>
      {/* One column: a target's whole name must read from the back of the room. */}
      <ul aria-label="Answers per target" className="max-w-4xl space-y-2 text-lg">
        {rows.map((row) => {
          const k = published.answered[row.key] ?? 0;
          return (
            <li
              key={row.key}
              data-testid="present-target-progress"
              data-target={row.key}
              className="flex items-center gap-3"
            >
              <span className="min-w-0 flex-1 leading-snug">{row.label}</span>
              <span
                className="h-3 w-40 shrink-0 overflow-hidden rounded-full border border-line bg-canvas"
                aria-hidden="true"
              >
                <span className="block h-full bg-accent" style={{ width: `${n > 0 ? (k / n) * 100 : 0}%` }} />
              </span>
              <span className="w-20 shrink-0 text-right tabular-nums">
                {k} of {n}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
