import type { Level } from "./scales";

/**
 * Points per level. The brief rates on an ordinal High/Medium/Low scale; reading it as 3/2/1
 * is the team's convention, so the UI always prints it beside a score.
 */
export const LEVEL_POINTS: Readonly<Record<Level, number>> = { high: 3, medium: 2, low: 1 };
export const MAX_LEVEL_POINTS = LEVEL_POINTS.high;
export const SCALE_DESCRIPTION = "High = 3, Medium = 2, Low = 1, × area weight";

/** A priority area's weight: how much its impact counts. The input steps by WEIGHT_STEP. */
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 10;
export const WEIGHT_STEP = 0.5;
export const DEFAULT_WEIGHT = 1;

export interface ScoringOption {
  id: string;
  name: string;
}

export interface ScoringArea {
  id: string;
  name: string;
  weight: number;
}

export interface ScoringInput {
  options: readonly ScoringOption[];
  areas: readonly ScoringArea[];
  level: (areaId: string, optionId: string) => Level | null;
  resourceDemand: (optionId: string) => Level | null;
}

export interface OptionScore {
  optionId: string;
  name: string;
  /** Σ weight × points over the rated areas; an unrated area adds nothing. */
  score: number;
  /** Σ weight × 3 over all areas: the score if every area were rated High. */
  maxScore: number;
  rated: number;
  unrated: number;
  /** A cost, reported beside the score and never part of it. */
  resourceDemand: Level | null;
}

export type Leader =
  | { kind: "none" }
  /** `margin` is the lead over `runnerUpIds`; null when there is only one option. */
  | { kind: "single"; optionId: string; score: number; runnerUpIds: readonly string[]; margin: number | null }
  | { kind: "tie"; optionIds: readonly string[]; score: number };

export function isWeight(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= WEIGHT_MIN && value <= WEIGHT_MAX;
}

export function levelPoints(level: Level | null): number {
  return level ? LEVEL_POINTS[level] : 0;
}

export function scoreOptions(input: ScoringInput): OptionScore[] {
  for (const area of input.areas) {
    if (!isWeight(area.weight)) {
      // The schema's read functions only hand out valid weights, so this is a bug upstream.
      throw new RangeError(
        `Weight of area "${area.name}" (${area.id}) is ${area.weight}; it must be a number from ${WEIGHT_MIN} to ${WEIGHT_MAX}.`,
      );
    }
  }
  const maxScore = input.areas.reduce((sum, area) => sum + area.weight * MAX_LEVEL_POINTS, 0);
  return input.options.map((option) => {
    let score = 0;
    let rated = 0;
    for (const area of input.areas) {
      const level = input.level(area.id, option.id);
      if (!level) continue;
      score += area.weight * LEVEL_POINTS[level];
      rated += 1;
    }
    return {
      optionId: option.id,
      name: option.name,
      score,
      maxScore,
      rated,
      unrated: input.areas.length - rated,
      resourceDemand: input.resourceDemand(option.id),
    };
  });
}

/**
 * Scores that differ only by floating-point error (weights like 0.1 + 0.2) count as equal, so
 * a tie is reported as a tie rather than as a lead of 4e-16.
 */
export function sameScore(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The leading option(s) of a set of scores; none while no cell of any option is rated. */
export function leaderFromScores(entries: readonly { optionId: string; score: number }[], anyRated: boolean): Leader {
  if (!anyRated || entries.length === 0) return { kind: "none" };
  const best = Math.max(...entries.map((entry) => entry.score));
  const top = entries.filter((entry) => sameScore(entry.score, best));
  if (top.length > 1) return { kind: "tie", optionIds: top.map((entry) => entry.optionId), score: best };
  const rest = entries.filter((entry) => !sameScore(entry.score, best));
  const second = rest.length > 0 ? Math.max(...rest.map((entry) => entry.score)) : null;
  return {
    kind: "single",
    optionId: top[0]!.optionId,
    score: best,
    runnerUpIds: second === null ? [] : rest.filter((entry) => sameScore(entry.score, second)).map((e) => e.optionId),
    margin: second === null ? null : best - second,
  };
}

export function findLeader(scores: readonly OptionScore[]): Leader {
  return leaderFromScores(
    scores,
    scores.some((score) => score.rated > 0),
  );
}

export function leaderIds(leader: Leader): readonly string[] {
  if (leader.kind === "none") return [];
  return leader.kind === "single" ? [leader.optionId] : leader.optionIds;
}

/** Whether two results name the same leading option(s); margins may differ. */
export function sameLeader(a: Leader, b: Leader): boolean {
  if (a.kind !== b.kind) return false;
  const ids = new Set(leaderIds(a));
  const other = leaderIds(b);
  return ids.size === other.length && other.every((id) => ids.has(id));
}

export type WeightParse = { ok: true; value: number } | { ok: false; message: string };

const DECIMAL = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/;

/** Reads a weight typed by a person; the message says what to type instead. */
export function parseWeight(text: string): WeightParse {
  const trimmed = text.trim();
  const range = `from ${WEIGHT_MIN} to ${WEIGHT_MAX}`;
  if (trimmed === "") return { ok: false, message: `Enter a weight ${range}.` };
  if (!DECIMAL.test(trimmed)) {
    return { ok: false, message: `“${trimmed}” is not a number. Enter a weight ${range}, e.g. 1.5.` };
  }
  const value = Number(trimmed.replace(",", "."));
  if (!isWeight(value)) return { ok: false, message: `${trimmed} is out of range: enter a weight ${range}.` };
  if (!Number.isInteger(value / WEIGHT_STEP)) {
    const below = Math.floor(value / WEIGHT_STEP) * WEIGHT_STEP;
    return { ok: false, message: `Use steps of ${WEIGHT_STEP}, e.g. ${below} or ${below + WEIGHT_STEP}.` };
  }
  // "-0" parses to -0, which would print as "0" but compare oddly in Object.is.
  return { ok: true, value: value === 0 ? 0 : value };
}
