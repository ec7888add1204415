"use client";

import type { ReactNode } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import { BUILT_IN_CHARTS } from "@/lib/domain/built-in-charts";
import { REGION_SIGNATURES } from "@/components/reading/region-signatures";
import type { DashboardParts } from "./dashboard-parts";
import { ChartSlide } from "./slides/chart-slide";
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

/**
 * A part of the workspace that present mode shows, as zero or more slides. A region decides
 * from the live document whether it has anything to show, so one that appears while someone
 * presents (a rating session's reveal board) joins the sequence at its place.
 */
export interface PresentRegion {
  id: string;
  slides: (snapshot: WorkspaceSnapshot) => PresentSlide[];
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
  HEAT_MAP_REGION,
  REGISTER_REGION,
  CHARTS_REGION,
];

export function presentSlides(
  snapshot: WorkspaceSnapshot,
  regions: readonly PresentRegion[] = PRESENT_REGIONS,
): PresentSlide[] {
  return regions.flatMap((region) => region.slides(snapshot));
}
