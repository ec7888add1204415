import { SCORE_MAX, SCORE_MIN, isScore, type Score } from "./scales";
import { threatScore, type HeatCell, type ViewableThreat } from "./threat-view";

/**
 * The likelihood × impact heat map: 25 cells, each scored and banded, with the threats that
 * sit in it. Threats missing either rating are kept apart rather than guessed into a cell.
 */

export const SCORE_BANDS = ["low", "moderate", "high", "critical"] as const;
export type ScoreBand = (typeof SCORE_BANDS)[number];

/**
 * Bands by score (likelihood × impact). Only products of two 1–5 scores occur, so the ranges
 * name the scores that can happen: nothing scores 17–19 or 21–24.
 */
export const SCORE_BAND_INFO: Record<ScoreBand, { label: string; min: number; max: number; range: string }> = {
  low: { label: "Low", min: 1, max: 4, range: "1–4" },
  moderate: { label: "Moderate", min: 5, max: 9, range: "5–9" },
  high: { label: "High", min: 10, max: 16, range: "10–16" },
  critical: { label: "Critical", min: 17, max: 25, range: "20–25" },
};

export function scoreBand(score: number): ScoreBand {
  return SCORE_BANDS.find((band) => score <= SCORE_BAND_INFO[band].max) ?? "critical";
}

export interface HeatMapCell<T> extends HeatCell {
  score: number;
  band: ScoreBand;
  threats: T[];
}

export interface HeatMap<T> {
  /** Rows from likelihood 5 (top) to 1; each row's cells from impact 1 to 5. */
  rows: HeatMapCell<T>[][];
  /** Threats with likelihood or impact (or both) unrated, in the order given. */
  unrated: T[];
}

const DESCENDING = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => (SCORE_MAX - index) as Score);
const ASCENDING = [...DESCENDING].reverse();

export function heatMap<T extends Pick<ViewableThreat, "likelihood" | "impact">>(threats: readonly T[]): HeatMap<T> {
  const rows = DESCENDING.map((likelihood) =>
    ASCENDING.map((impact): HeatMapCell<T> => {
      const score = likelihood * impact;
      return { likelihood, impact, score, band: scoreBand(score), threats: [] };
    }),
  );
  const unrated: T[] = [];
  for (const threat of threats) {
    if (!isScore(threat.likelihood) || !isScore(threat.impact)) {
      unrated.push(threat);
      continue;
    }
    rows[SCORE_MAX - threat.likelihood]?.[threat.impact - SCORE_MIN]?.threats.push(threat);
  }
  return { rows, unrated };
}

/** The band of a rated threat, or null while unrated. */
export function threatBand(threat: Pick<ViewableThreat, "likelihood" | "impact">): ScoreBand | null {
  const score = threatScore(threat);
  return score === null ? null : scoreBand(score);
}
