import {
  ABSTAIN,
  SCORE_SCALE,
  SESSION_LEVELS,
  type AgreementRule,
  type AnswerValue,
  type RatedValue,
  type TargetResult,
  type TargetScale,
} from "../contract/sessions";

/**
 * Statistics of one target in one round of a rating session. docs/sessions.md defines them.
 *
 * Answers are ordinal: a level or score has a rank (levels: low 1, medium 2, high 3; scores:
 * the score) and only ranks are compared. The median is the middle rank, or halfway between
 * the two middle ranks for an even count; the quartiles are Tukey's hinges, the medians of
 * the lower and upper halves (each half including the middle answer for an odd count). So
 * every figure lies on a level or exactly halfway between two (x.5), never at a fraction a
 * scale cannot mean, and the median always lies between the quartiles.
 */

export interface SessionAnswer {
  value: AnswerValue;
  reason?: string;
  /** Shown with the reason only when the session is named and the reader may see names. */
  name?: string;
}

export type Flag = "agreement" | "split";

/** The values of a scale, highest first (the order results are listed in). */
export function scaleValues(scale: TargetScale): readonly RatedValue[] {
  return scale === "level" ? SESSION_LEVELS : [...SCORE_SCALE].reverse();
}

/** The rank of a rated value on its scale: low 1, medium 2, high 3; a score is its own rank. */
export function rankOf(value: RatedValue): number {
  if (typeof value === "number") return value;
  return SESSION_LEVELS.length - SESSION_LEVELS.indexOf(value);
}

/** The value at a whole rank; undefined for a rank between two values (x.5) or off the scale. */
export function valueAtRank(scale: TargetScale, rank: number): RatedValue | undefined {
  return scaleValues(scale).find((value) => rankOf(value) === rank);
}

export function isOnScale(scale: TargetScale, value: AnswerValue): boolean {
  return value === ABSTAIN || scaleValues(scale).includes(value);
}

/** Median of ascending ranks: the middle one, or the midpoint of the two middle ones. */
function medianOfSorted(ranks: readonly number[]): number | null {
  const count = ranks.length;
  if (count === 0) return null;
  const upper = ranks[Math.floor(count / 2)] ?? 0;
  return count % 2 === 1 ? upper : ((ranks[count / 2 - 1] ?? 0) + upper) / 2;
}

export interface Quartiles {
  q1: number | null;
  median: number | null;
  q3: number | null;
}

/** Median and Tukey's hinges of a list of ranks, in any order. */
export function quartiles(ranks: readonly number[]): Quartiles {
  const sorted = [...ranks].sort((a, b) => a - b);
  const count = sorted.length;
  if (count === 0) return { q1: null, median: null, q3: null };
  const half = Math.ceil(count / 2);
  return {
    q1: medianOfSorted(sorted.slice(0, half)),
    median: medianOfSorted(sorted),
    q3: medianOfSorted(sorted.slice(count - half)),
  };
}

/** Answers per value of the scale (every value present, zero when nobody chose it). */
export function countAnswers(scale: TargetScale, values: readonly RatedValue[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of scaleValues(scale)) counts[String(value)] = 0;
  for (const value of values) counts[String(value)] = (counts[String(value)] ?? 0) + 1;
  return counts;
}

/** The most chosen value (null on a tie or without answers) and the share of answers in it. */
export function modalOf(scale: TargetScale, values: readonly RatedValue[]) {
  const counts = countAnswers(scale, values);
  const top = Math.max(0, ...Object.values(counts));
  if (values.length === 0) return { modal: null, modalShare: null };
  const leaders = scaleValues(scale).filter((value) => counts[String(value)] === top);
  return { modal: leaders.length === 1 ? (leaders[0] ?? null) : null, modalShare: top / values.length };
}

/** Values at the two ends of a scale: High and Low; 1–2 and 4–5. */
function endOf(scale: TargetScale, value: RatedValue): "low" | "high" | undefined {
  const rank = rankOf(value);
  if (scale === "level") return rank === 1 ? "low" : rank === 3 ? "high" : undefined;
  return rank <= 2 ? "low" : rank >= 4 ? "high" : undefined;
}

/**
 * The flag of a target: none below `minAnswers`; split when both ends of the scale hold at
 * least `splitShare` of the answers each (split wins); agreement when `levelShare` of the
 * answers are in one level (3-level scale) or the IQR is at most `iqrMax` (1–5 scale).
 */
export function flagOf(scale: TargetScale, values: readonly RatedValue[], rule: AgreementRule): Flag | null {
  const n = values.length;
  if (n === 0 || n < rule.minAnswers) return null;
  const low = values.filter((value) => endOf(scale, value) === "low").length;
  const high = values.filter((value) => endOf(scale, value) === "high").length;
  if (low / n >= rule.splitShare && high / n >= rule.splitShare) return "split";
  if (scale === "level") {
    const { modalShare } = modalOf(scale, values);
    return modalShare !== null && modalShare >= rule.levelShare ? "agreement" : null;
  }
  const { q1, q3 } = quartiles(values.map(rankOf));
  return q1 !== null && q3 !== null && q3 - q1 <= rule.iqrMax ? "agreement" : null;
}

function isRated(answer: SessionAnswer): answer is SessionAnswer & { value: RatedValue } {
  return answer.value !== ABSTAIN;
}

/**
 * Everything revealed of one target when its round closes. Reasons come grouped by value,
 * highest first. An answer that carries its author's name (a named session, for a reader who
 * may see names) is listed even without a reason, so each answer shows who gave it.
 */
export function summarise(scale: TargetScale, answers: readonly SessionAnswer[], rule: AgreementRule): TargetResult {
  const rated = answers.filter(isRated);
  const values = rated.map((answer) => answer.value);
  const { q1, median, q3 } = quartiles(values.map(rankOf));
  const order = scaleValues(scale);
  const reasons = rated
    // A named answer is shown with its author even without a reason.
    .filter((answer) => answer.name !== undefined || (answer.reason ?? "").trim() !== "")
    .map((answer) => ({
      value: answer.value,
      reason: answer.reason?.trim() ?? "",
      ...(answer.name === undefined ? {} : { name: answer.name }),
    }))
    .sort(
      (a, b) =>
        order.indexOf(a.value) - order.indexOf(b.value) ||
        (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : (a.name ?? "") < (b.name ?? "") ? -1 : 1),
    );
  return {
    answered: answers.length,
    abstentions: answers.length - rated.length,
    n: rated.length,
    counts: countAnswers(scale, values),
    median,
    q1,
    q3,
    iqr: q1 === null || q3 === null ? null : q3 - q1,
    ...modalOf(scale, values),
    flag: flagOf(scale, values, rule),
    reasons,
  };
}

export interface RoundChange {
  /** Later median minus earlier (in ranks); null when either round had no rated answer. */
  median: number | null;
  iqr: number | null;
  modalShare: number | null;
  /** Change of the count of each value. */
  counts: Record<string, number>;
  from: Flag | null;
  to: Flag | null;
}

const difference = (later: number | null, earlier: number | null) =>
  later === null || earlier === null ? null : later - earlier;

/** How a target's distribution moved from one round to a later one. */
export function roundChange(earlier: TargetResult, later: TargetResult): RoundChange {
  const keys = new Set([...Object.keys(earlier.counts), ...Object.keys(later.counts)]);
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (later.counts[key] ?? 0) - (earlier.counts[key] ?? 0);
  return {
    median: difference(later.median, earlier.median),
    iqr: difference(later.iqr, earlier.iqr),
    modalShare: difference(later.modalShare, earlier.modalShare),
    counts,
    from: earlier.flag,
    to: later.flag,
  };
}
