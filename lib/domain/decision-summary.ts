import { findLeader, scoreOptions, type Leader, type OptionScore, type ScoringInput } from "./scoring";
import { decisiveCells, weightSensitivity, type DecisiveCell, type WeightChange } from "./sensitivity";
import { scoreBand, type ScoreBand } from "./threat-heat-map";
import { threatScore, type ViewableThreat } from "./threat-view";

/**
 * The decision in brief, for a reader who will not study the matrix: which option leads and by
 * how much, the smallest changes that would hand the lead to another, and the gravest threats.
 * Built from the same scoring and sensitivity functions as the full dashboard, so the two
 * never disagree.
 */

/** How many of each kind of change the brief names; the full dashboard lists them all. */
export const BRIEF_CHANGES = 3;
export const BRIEF_THREATS = 5;

export interface WeightLeadChange {
  areaId: string;
  /** The area's weight now. */
  from: number;
  change: WeightChange;
}

export interface RankedThreat<T> {
  threat: T;
  score: number;
  band: ScoreBand;
}

export interface DecisionSummary<T> {
  leader: Leader;
  /** Every option, highest score first; equal scores keep the matrix's order. */
  ranking: OptionScore[];
  /** Weight changes that change the leader, smallest step from the current weight first. */
  weightChanges: WeightLeadChange[];
  /** How many cells would change the leader with one new rating. */
  decisiveCellCount: number;
  /** The first of them in matrix order (areas, then options). */
  decisiveCells: DecisiveCell[];
  /** Rated threats, highest likelihood × impact first. */
  topThreats: RankedThreat<T>[];
  /** Threats not yet rated on both scales, so a reader knows the list is partial. */
  unratedThreats: number;
}

export function decisionSummary<T extends Pick<ViewableThreat, "likelihood" | "impact">>(
  input: ScoringInput,
  threats: readonly T[],
): DecisionSummary<T> {
  const scores = scoreOptions(input);
  const leader = findLeader(scores);
  const ranking = scores
    .map((score, index) => ({ score, index }))
    .sort((a, b) => b.score.score - a.score.score || a.index - b.index)
    .map(({ score }) => score);
  const cells = leader.kind === "none" ? [] : decisiveCells(input);
  return {
    leader,
    ranking,
    weightChanges: leader.kind === "none" ? [] : nearestWeightChanges(input),
    decisiveCellCount: cells.length,
    decisiveCells: cells.slice(0, BRIEF_CHANGES),
    ...gravestThreats(threats),
  };
}

function nearestWeightChanges(input: ScoringInput): WeightLeadChange[] {
  return weightSensitivity(input)
    .flatMap((result) =>
      result.nearest ? [{ areaId: result.areaId, from: result.weight, change: result.nearest }] : [],
    )
    .map((entry, index) => ({ entry, index, step: Math.abs(entry.change.weight - entry.from) }))
    .sort((a, b) => a.step - b.step || a.index - b.index)
    .slice(0, BRIEF_CHANGES)
    .map(({ entry }) => entry);
}

/** Ties keep register order, as the register's own sort by score does. */
export function gravestThreats<T extends Pick<ViewableThreat, "likelihood" | "impact">>(
  threats: readonly T[],
  count = BRIEF_THREATS,
): Pick<DecisionSummary<T>, "topThreats" | "unratedThreats"> {
  const rated: (RankedThreat<T> & { index: number })[] = [];
  threats.forEach((threat, index) => {
    const score = threatScore(threat);
    if (score !== null) rated.push({ threat, score, band: scoreBand(score), index });
  });
  const topThreats = rated
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map(({ threat, score, band }) => ({ threat, score, band }));
  return { topThreats, unratedThreats: threats.length - rated.length };
}
