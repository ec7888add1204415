"use client";

import { useMemo, type ReactNode } from "react";
import { lastChange, type WorkspaceSnapshot } from "@/lib/collab";
import { findLeader, scoreOptions } from "@/lib/domain/scoring";
import { leaderText } from "@/lib/domain/scoring-text";
import { scoringData, scoringInput, type ScoringData } from "@/components/matrix/scoring-input";
import { TimeAgo } from "@/components/threads/time-ago";
import { ChangeMarked } from "./change-mark";
import { DecisionSummaryView } from "./decision-summary-view";
import { OpenComments } from "./open-comments";
import { REGION_SIGNATURES } from "./region-signatures";
import { useSummaryOutcomes } from "./summary-outcomes";

export interface ReadingViewProps {
  snapshot: WorkspaceSnapshot;
  /** The link's option: the whole dashboard, read-only, or the decision on one page. */
  view: "full" | "summary";
  /**
   * The dashboard's own regions, made by the dashboard and placed here: the reading view's
   * script then shares none of them with the page's (the charts are also made once, so a
   * document change does not redraw them).
   */
  regions: Record<"matrix" | "scores" | "threats" | "trends" | "session" | "history", ReactNode>;
}

/**
 * What a viewer link opens: the dashboard laid out for reading. The same matrix, scores,
 * register and charts as the team's (read-only, since a viewer has no author), so whatever
 * those show, a reader sees too; each region marks itself when the team changes it.
 */
export function ReadingView({ snapshot, view, regions }: ReadingViewProps) {
  const outcomes = useSummaryOutcomes(snapshot);
  const sign = (region: keyof typeof REGION_SIGNATURES) => REGION_SIGNATURES[region](snapshot);
  return (
    <>
      <LastChanged snapshot={snapshot} view={view} />
      {/* A running session's progress and results, read-only: what the room is deciding right now
          comes first. The panel is absent while no session runs. */}
      {regions.session}
      {view === "summary" ? (
        <DecisionSummaryView snapshot={snapshot} outcomes={outcomes} />
      ) : (
        <>
          <ChangeMarked region="matrix" signature={sign("matrix")}>
            {regions.matrix}
          </ChangeMarked>
          <ChangeMarked region="scores" signature={sign("scores")}>
            {regions.scores}
          </ChangeMarked>
          <ChangeMarked region="threats" signature={sign("threats")}>
            {regions.threats}
          </ChangeMarked>
          <ChangeMarked region="trends" signature={sign("trends")}>
            {regions.trends}
          </ChangeMarked>
          <ChangeMarked region="comments" signature={sign("comments")}>
            <OpenComments snapshot={snapshot} />
          </ChangeMarked>
          {regions.history}
        </>
      )}
    </>
  );
}

function LastChanged({ snapshot, view }: { snapshot: WorkspaceSnapshot; view: ReadingViewProps["view"] }) {
  const change = lastChange(snapshot);
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 text-sm" data-testid="last-changed">
        <p>
          <span className="font-medium">{view === "summary" ? "The decision in brief" : "Read-only view"}</span>
          <span className="text-muted"> · updates live as the team works</span>
        </p>
        <p className="text-muted">
          Last changed <TimeAgo at={change.at} />
          {change.byName && <> by {change.byName}</>}
        </p>
      </div>
      {view === "full" && <LeadLine snapshot={snapshot} />}
    </div>
  );
}

/** The decision in one sentence, above the detail that supports it. */
function LeadLine({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const data = JSON.stringify(scoringData(snapshot));
  const text = useMemo(() => {
    const input = scoringInput(JSON.parse(data) as ScoringData);
    const nameOf = (optionId: string) => input.options.find((option) => option.id === optionId)?.name ?? optionId;
    return leaderText(findLeader(scoreOptions(input)), nameOf);
  }, [data]);
  // A button, not a #fragment link: the page's fragment holds the link's token.
  return (
    <p className="text-lg leading-snug font-semibold" data-testid="lead-line">
      {text}{" "}
      <button
        type="button"
        onClick={() => {
          const scores = document.getElementById("scores-heading")?.closest("section");
          scores?.scrollIntoView({ block: "start" });
          scores?.setAttribute("tabindex", "-1");
          scores?.focus({ preventScroll: true });
        }}
        className="text-sm font-normal whitespace-nowrap text-accent underline underline-offset-2 hover:no-underline"
      >
        See the scores
      </button>
    </p>
  );
}
