import type { RatedValue, RecordedOutcome } from "../contract/sessions";

/**
 * Consensus and dissent for a reader: what rating sessions recorded, whether it still stands,
 * and the reasons of those who answered otherwise, grouped by what they answered. The matrix
 * cell's mark says the same in a few words; this is the summary's fuller account.
 */

/** A target as the workspace has it now: its name and its current value. */
export interface OutcomeTarget {
  /** Target key (`cell:<areaId>|<optionId>`, `threat:<threatId>:<field>`). */
  key: string;
  label: string;
  current: RatedValue | null;
  /** Who set the current value last, named when a later edit replaced the recording. */
  changedBy?: string;
}

export interface DissentGroup {
  value: RatedValue;
  /** Answers with this value. */
  count: number;
  /** Their reasons; some answers come without one. */
  reasons: string[];
}

export interface OutcomeLine {
  key: string;
  label: string;
  outcome: RecordedOutcome;
  /** The target's value now. */
  current: RatedValue | null;
  /** The current value is still the recorded one. */
  holds: boolean;
  /** "consensus, round 2, 6 of 7": "recorded" instead of "consensus" where the panel did not agree. */
  provenance: string;
  /** Answers (abstentions excluded) that were not the recorded value. */
  otherwise: number;
  /** Highest value first. */
  dissent: DissentGroup[];
  /** "changed after consensus by Ana" once an edit replaced the recorded value; else null. */
  changed: string | null;
}

/**
 * One line per recorded outcome whose target still exists, in the order of `targets` (the
 * matrix's, then the register's): a target that was removed has nothing left to read about.
 */
export function outcomeLines(
  outcomes: Readonly<Record<string, RecordedOutcome>>,
  targets: readonly OutcomeTarget[],
): OutcomeLine[] {
  return targets.flatMap((target) => {
    const outcome = outcomes[target.key];
    return outcome ? [outcomeLine(target, outcome)] : [];
  });
}

function outcomeLine(target: OutcomeTarget, outcome: RecordedOutcome): OutcomeLine {
  const holds = target.current === outcome.value;
  const kind = outcome.flag === "agreement" ? "consensus" : "recorded";
  const otherwise = Object.entries(outcome.counts)
    .filter(([value]) => value !== String(outcome.value))
    .reduce((sum, [, count]) => sum + count, 0);
  return {
    key: target.key,
    label: target.label,
    outcome,
    current: target.current,
    holds,
    provenance: `${kind}, round ${outcome.round}, ${outcome.n} of ${outcome.eligible}`,
    otherwise,
    dissent: dissentGroups(outcome),
    changed: holds ? null : `changed after consensus${target.changedBy ? ` by ${target.changedBy}` : ""}`,
  };
}

/** Every value answered otherwise than the recorded one, with its count and reasons. */
export function dissentGroups(outcome: RecordedOutcome): DissentGroup[] {
  const groups = new Map<string, DissentGroup>();
  for (const [key, count] of Object.entries(outcome.counts)) {
    const value = ratedValue(key);
    if (count > 0 && value !== null && key !== String(outcome.value)) groups.set(key, { value, count, reasons: [] });
  }
  for (const entry of outcome.dissent) {
    const key = String(entry.value);
    if (key === String(outcome.value)) continue;
    // A reason for a value the counts miss still counts as that value's dissent.
    const group = groups.get(key) ?? { value: entry.value, count: 0, reasons: [] };
    group.reasons.push(entry.reason);
    group.count = Math.max(group.count, group.reasons.length);
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => rank(b.value) - rank(a.value));
}

const LEVEL_RANK: Record<string, number> = { low: 1, medium: 2, high: 3 };

function rank(value: RatedValue): number {
  return typeof value === "number" ? value : (LEVEL_RANK[value] ?? 0);
}

/** A count's key ("high", "3") back to the value it counts. */
function ratedValue(key: string): RatedValue | null {
  if (key === "high" || key === "medium" || key === "low") return key;
  const score = Number(key);
  return Number.isInteger(score) && score >= 1 && score <= 5 ? score : null;
}
