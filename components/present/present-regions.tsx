"use client";

import type { ReactNode } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import type { PublishedSession, RecordedOutcome } from "@/lib/contract/sessions";
import { BUILT_IN_CHARTS } from "@/lib/domain/built-in-charts";
import { REGION_SIGNATURES } from "@/components/reading/region-signatures";
import type { DashboardParts } from "./dashboard-parts";
import { ChartSlide } from "./slides/chart-slide";
import { SessionSlide } from "./slides/session-slide";
import { HeatMapSlide, RegisterSlide } from "./slides/threat-slides";

/** One screen of present mode. */
export interface PresentSlide {
  /** Stable while the slide exists: present mode stays on it when slides come or go around it. */
  id: string;
  title: string;
  /** The id the slide's title gets, for content that is labelled by it (the matrix grid). */
  headingId?: string;
  render: (snapshot: WorkspaceSnapshot, parts: DashboardParts) => ReactNode;
  /** What the slide shows, as a string that changes when it does: the room sees "Updated just now". */
  signature?: (snapshot: WorkspaceSnapshot) => string;
}

/** What the server publishes in the document beside the snapshot: rating sessions and their recordings. */
export interface PresentLive {
  /** Newest change first. */
  sessions: readonly PublishedSession[];
  outcomes: Readonly<Record<string, RecordedOutcome>>;
}

/**
 * A part of the workspace that present mode shows, as zero or more slides. A region decides
 * from the live document whether it has anything to show, so one that appears while someone
 * presents (a rating session's reveal board) joins the sequence at its place.
 */
export interface PresentRegion {
  id: string;
  slides: (snapshot: WorkspaceSnapshot, live: PresentLive) => PresentSlide[];
}

const single = (slide: PresentSlide): PresentRegion => ({ id: slide.id, slides: () => [slide] });

export const MATRIX_REGION = single({
  id: "matrix",
  title: "Option matrix",
  headingId: "matrix-heading",
  render: (snapshot, { MatrixSlide }) => <MatrixSlide snapshot={snapshot} />,
  signature: REGION_SIGNATURES.matrix,
});

export const SCORES_REGION = single({
  id: "scores",
  title: "Scores and sensitivity",
  render: (snapshot, { ScoresSlide }) => <ScoresSlide snapshot={snapshot} />,
  signature: REGION_SIGNATURES.scores,
});

/**
 * The running session, or the latest one: its live progress while a round is open, its reveal
 * board once the round closed. One slide id for every round and session, so the room stays on
 * it when the facilitator closes a round or opens the next.
 */
export const SESSION_REGION: PresentRegion = {
  id: "session",
  slides: (_snapshot, { sessions, outcomes }) => {
    const shown = sessions.find((entry) => entry.status !== "finished") ?? sessions[0];
    if (!shown) return [];
    return [
      {
        id: "session",
        title: `Rating session: ${shown.title}`,
        render: (snapshot, { RevealBoard }) => (
          <SessionSlide published={shown} snapshot={snapshot} outcomes={outcomes} RevealBoard={RevealBoard} />
        ),
        // The counts and results, not the time of the last write: a tick of the deadline is no news.
        signature: () => JSON.stringify([shown.id, shown.round, shown.status, shown.answered, shown.results]),
      },
    ];
  },
};

export const HEAT_MAP_REGION = single({
  id: "heat-map",
  title: "Threat heat map",
  render: (snapshot) => <HeatMapSlide snapshot={snapshot} />,
  signature: REGION_SIGNATURES.threats,
});

export const REGISTER_REGION = single({
  id: "register",
  title: "Threat register",
  render: (snapshot) => <RegisterSlide snapshot={snapshot} />,
  signature: REGION_SIGNATURES.threats,
});

export const CHARTS_REGION: PresentRegion = {
  id: "charts",
  slides: () =>
    BUILT_IN_CHARTS.map((chart) => ({
      id: `chart-${chart.id}`,
      // The chart's name without its qualifier, as the Comments panel names it.
      title: `Crime trends: ${chart.title.split(", ")[0] ?? chart.title}`,
      render: () => <ChartSlide chart={chart} />,
      signature: (snapshot: WorkspaceSnapshot) =>
        JSON.stringify(
          snapshot.threads.filter((thread) => thread.target.kind === "chart" && thread.target.chartId === chart.id),
        ),
    })),
};

/**
 * What present mode shows, in order. Another part of the product adds itself by placing its
 * region in this list (a rating session's reveal board belongs after the scores).
 */
export const PRESENT_REGIONS: readonly PresentRegion[] = [
  MATRIX_REGION,
  SCORES_REGION,
  SESSION_REGION,
  HEAT_MAP_REGION,
  REGISTER_REGION,
  CHARTS_REGION,
];

export function presentSlides(
  snapshot: WorkspaceSnapshot,
  live: PresentLive,
  regions: readonly PresentRegion[] = PRESENT_REGIONS,
): PresentSlide[] {
  return regions.flatMap((region) => region.slides(snapshot, live));
}
