"use client";

import { useMemo, type ReactNode } from "react";
import type { Threat, WorkspaceSnapshot } from "@/lib/collab";
import { decisionSummary, type DecisionSummary } from "@/lib/domain/decision-summary";
import { LEVEL_LABEL } from "@/lib/domain/scales";
import { SCALE_DESCRIPTION, leaderIds } from "@/lib/domain/scoring";
import { cellChangeText, coverageText, formatScore, leaderText, weightChangeText } from "@/lib/domain/scoring-text";
import { scoringData, scoringInput, type ScoringData } from "@/components/matrix/scoring-input";
import { LevelPips } from "@/components/ui/level-pips";
import { Panel } from "@/components/ui/panel";
import { ChangeMarked } from "./change-mark";
import { REGION_SIGNATURES } from "./region-signatures";
import { TopThreats } from "./top-threats";

interface DecisionSummaryViewProps {
  snapshot: WorkspaceSnapshot;
  /**
   * Consensus and dissent recorded by rating sessions. The section is left out entirely when
   * there is nothing recorded, so a summary never shows an empty heading.
   */
  outcomes?: ReactNode;
}

/** The decision in brief, on one page: for a link whose option is "summary". */
export function DecisionSummaryView({ snapshot, outcomes }: DecisionSummaryViewProps) {
  const data = JSON.stringify(scoringData(snapshot));
  const threatData = JSON.stringify(snapshot.threats);
  const summary = useMemo(
    () => decisionSummary(scoringInput(JSON.parse(data) as ScoringData), JSON.parse(threatData) as Threat[]),
    [data, threatData],
  );
  const areaName = (areaId: string) => snapshot.areas.find((area) => area.id === areaId)?.name ?? areaId;
  const nameOf = (optionId: string) => snapshot.options.find((option) => option.id === optionId)?.name ?? optionId;

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <ChangeMarked region="summary-lead" signature={REGION_SIGNATURES.scores(snapshot)}>
        <Panel
          headingId="summary-lead-heading"
          title="Leading option"
          description={<>Score: {SCALE_DESCRIPTION}, summed over rated areas.</>}
        >
          <LeadingOption summary={summary} nameOf={nameOf} />
        </Panel>
      </ChangeMarked>
      <ChangeMarked region="summary-changes" signature={REGION_SIGNATURES.scores(snapshot)}>
        <Panel
          headingId="summary-changes-heading"
          title="What would change the lead"
          description="The smallest single changes of a priority weight or a rating."
        >
          <LeadChanges summary={summary} areaName={areaName} nameOf={nameOf} />
        </Panel>
      </ChangeMarked>
      {/* The slot's content is a region with its own heading ("Consensus and dissent"). */}
      {outcomes && (
        <div data-slot="outcomes" className="lg:col-span-2">
          {outcomes}
        </div>
      )}
      <ChangeMarked region="summary-threats" signature={REGION_SIGNATURES.threats(snapshot)} className="lg:col-span-2">
        <Panel
          headingId="summary-threats-heading"
          title="Top threats"
          description="Rated threats by likelihood × impact (1–5 each)."
        >
          <TopThreats summary={summary} />
        </Panel>
      </ChangeMarked>
    </div>
  );
}

type NameOf = (id: string) => string;

function LeadingOption({ summary, nameOf }: { summary: DecisionSummary<Threat>; nameOf: NameOf }) {
  const leading = new Set(leaderIds(summary.leader));
  const best = summary.ranking[0]?.maxScore ?? 0;
  return (
    <div className="px-4 py-3">
      <p className="text-lg leading-snug font-semibold" data-testid="summary-leader">
        {leaderText(summary.leader, nameOf)}
      </p>
      <ol aria-label="Options by score" className="mt-3 space-y-2.5">
        {summary.ranking.map((score) => (
          <li key={score.optionId} data-lead={leading.has(score.optionId) || undefined}>
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className={leading.has(score.optionId) ? "font-semibold" : ""}>{score.name}</span>
              <span className="text-sm tabular-nums">
                <span className="font-semibold">{formatScore(score.score)}</span>
                <span className="text-muted"> of {formatScore(score.maxScore)}</span>
              </span>
            </div>
            <span
              aria-hidden="true"
              className="mt-1 block h-2 overflow-hidden rounded-full border border-line bg-canvas"
            >
              <span
                className={`block h-full ${leading.has(score.optionId) ? "bg-accent" : "bg-muted/60"}`}
                style={{ width: `${best > 0 ? (score.score / best) * 100 : 0}%` }}
              />
            </span>
            <span className="mt-0.5 flex flex-wrap justify-between gap-x-3 text-xs text-muted">
              <span>{coverageText(score)}</span>
              <span className="inline-flex items-center gap-1">
                Cost (demand on U.S. resources):{" "}
                {score.resourceDemand ? (
                  <>
                    <LevelPips level={score.resourceDemand} tone="cost" />
                    <span className="font-medium text-ink">{LEVEL_LABEL[score.resourceDemand]}</span>
                  </>
                ) : (
                  <span className="italic">unrated</span>
                )}
              </span>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

interface LeadChangesProps {
  summary: DecisionSummary<Threat>;
  areaName: NameOf;
  nameOf: NameOf;
}

function LeadChanges({ summary, areaName, nameOf }: LeadChangesProps) {
  if (summary.leader.kind === "none") {
    return <p className="px-4 py-3 text-sm text-muted">Nothing is rated yet, so no option leads.</p>;
  }
  const { weightChanges, decisiveCells, decisiveCellCount } = summary;
  return (
    <div className="space-y-3 px-4 py-3 text-sm">
      <section aria-labelledby="summary-weights-heading">
        <h3 id="summary-weights-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
          Priority weights
        </h3>
        {weightChanges.length === 0 ? (
          <p className="mt-1">No weight from 0 to 10 in any one area changes the leader.</p>
        ) : (
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {weightChanges.map((entry) => (
              <li key={entry.areaId}>
                <span className="font-medium">{areaName(entry.areaId)}</span>:{" "}
                {weightChangeText(entry.change, entry.from, nameOf)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="summary-cells-heading">
        <h3 id="summary-cells-heading" className="text-xs font-semibold tracking-wide text-muted uppercase">
          Ratings
        </h3>
        {decisiveCellCount === 0 ? (
          <p className="mt-1">No single new rating changes the leader.</p>
        ) : (
          <>
            <p className="mt-1 text-muted">
              {decisiveCellCount === 1 ? "One rating" : `${decisiveCellCount} ratings`} would change the leader on
              {decisiveCellCount === 1 ? " its" : " their"} own
              {decisiveCellCount > decisiveCells.length ? `; the first ${decisiveCells.length}:` : ":"}
            </p>
            <ul className="mt-1 list-disc space-y-1 pl-5">
              {decisiveCells.map((cell) => (
                <li key={`${cell.areaId}/${cell.optionId}`}>
                  <span className="font-medium">
                    {nameOf(cell.optionId)} × {areaName(cell.areaId)}
                  </span>{" "}
                  <span className="text-muted">(now {cell.current ? LEVEL_LABEL[cell.current] : "unrated"})</span>:{" "}
                  {cell.changes[0] ? cellChangeText(cell.changes[0], nameOf) : null}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}
