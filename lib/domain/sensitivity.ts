import { LEVELS, type Level } from "./scales";
import {
  WEIGHT_MAX,
  WEIGHT_MIN,
  WEIGHT_STEP,
  findLeader,
  levelPoints,
  sameLeader,
  scoreOptions,
  type Leader,
  type ScoringInput,
} from "./scoring";

export interface WeightChange {
  direction: "up" | "down";
  /**
   * The exact weight where the lead changes. Every score is linear in one area's weight, so
   * this is where two options' lines cross (or where a tie at the current weight breaks).
   */
  threshold: number;
  /** The nearest weight on the input's step grid, from the threshold on, that gives `leader`: what to type. */
  weight: number;
  leader: Leader;
}

export interface WeightSensitivity {
  areaId: string;
  weight: number;
  up: WeightChange | null;
  down: WeightChange | null;
  /** The change with the smaller step from the current weight; null when no weight in range changes the leader. */
  nearest: WeightChange | null;
  /** Every weight strictly between `safeFrom` and `safeTo` keeps the current leader (an end with no change is included). */
  safeFrom: number;
  safeTo: number;
}

export interface CellChange {
  to: Level | null;
  leader: Leader;
}

export interface DecisiveCell {
  areaId: string;
  optionId: string;
  current: Level | null;
  /** Only the single-level changes that change the leader. */
  changes: CellChange[];
}

/** For each area, the smallest change of its weight within range that changes the leading option. */
export function weightSensitivity(input: ScoringInput): WeightSensitivity[] {
  const scores = scoreOptions(input);
  const current = findLeader(scores);

  return input.areas.map((area) => {
    const lines = scores.map((score) => {
      const slope = levelPoints(input.level(area.id, score.optionId));
      return { base: score.score - area.weight * slope, slope };
    });
    // Scored afresh rather than read off the lines, so a reported leader is exactly what the
    // matrix shows once the weight is set.
    const leaderAt = (weight: number) =>
      findLeader(
        scoreOptions({
          ...input,
          areas: input.areas.map((other) => (other.id === area.id ? { ...other, weight } : other)),
        }),
      );
    const crossings = lineCrossings(lines);
    const up = firstChange("up", area.weight, crossings, current, leaderAt);
    const down = firstChange("down", area.weight, crossings, current, leaderAt);
    const nearest = up && down ? (up.weight - area.weight <= area.weight - down.weight ? up : down) : (up ?? down);
    return {
      areaId: area.id,
      weight: area.weight,
      up,
      down,
      nearest,
      safeFrom: down ? down.threshold : WEIGHT_MIN,
      safeTo: up ? up.threshold : WEIGHT_MAX,
    };
  });
}

/** Weights in range where two options' scores are equal, plus both ends of the range. */
function lineCrossings(lines: readonly { base: number; slope: number }[]): number[] {
  const points = new Set([WEIGHT_MIN, WEIGHT_MAX]);
  lines.forEach((a, index) => {
    for (const b of lines.slice(index + 1)) {
      if (a.slope === b.slope) continue;
      const at = (b.base - a.base) / (a.slope - b.slope);
      if (at > WEIGHT_MIN && at < WEIGHT_MAX) points.add(at);
    }
  });
  return [...points].sort((a, b) => a - b);
}

/**
 * The leader can change only at a crossing, so checking each crossing and one point inside each
 * gap between them is exact. Once an option overtakes the leader it stays ahead further on (its
 * line is steeper), so the first change found is the only threshold in that direction.
 */
function firstChange(
  direction: "up" | "down",
  weight: number,
  crossings: readonly number[],
  current: Leader,
  leaderAt: (weight: number) => Leader,
): WeightChange | null {
  const ahead =
    direction === "up" ? crossings.filter((at) => at > weight) : crossings.filter((at) => at < weight).reverse();
  let previous = weight;
  for (const at of ahead) {
    const between = (previous + at) / 2;
    if (!sameLeader(leaderAt(between), current)) return change(direction, previous, between, current, leaderAt);
    if (!sameLeader(leaderAt(at), current)) return change(direction, at, at, current, leaderAt);
    previous = at;
  }
  return null;
}

function change(
  direction: "up" | "down",
  threshold: number,
  changed: number,
  current: Leader,
  leaderAt: (weight: number) => Leader,
): WeightChange {
  const weight = stepsFrom(threshold, direction).find((at) => !sameLeader(leaderAt(at), current)) ?? changed;
  return { direction, threshold, weight, leader: leaderAt(weight) };
}

/** Weights on the step grid from `threshold` (included) to the end of the range in `direction`. */
function stepsFrom(threshold: number, direction: "up" | "down"): number[] {
  // The slack keeps a threshold that is a grid value up to rounding (3.4999999) on that value.
  const slack = 1e-9;
  const steps: number[] = [];
  if (direction === "up") {
    for (let k = Math.ceil(threshold / WEIGHT_STEP - slack); k * WEIGHT_STEP <= WEIGHT_MAX; k += 1) {
      steps.push(k * WEIGHT_STEP);
    }
  } else {
    for (let k = Math.floor(threshold / WEIGHT_STEP + slack); k * WEIGHT_STEP >= WEIGHT_MIN; k -= 1) {
      steps.push(k * WEIGHT_STEP);
    }
  }
  return steps;
}

/** Every cell where one change of level (to another level or to unrated) changes the leading option. */
export function decisiveCells(input: ScoringInput): DecisiveCell[] {
  const current = findLeader(scoreOptions(input));
  const cells: DecisiveCell[] = [];
  for (const area of input.areas) {
    for (const option of input.options) {
      const level = input.level(area.id, option.id);
      const changes: CellChange[] = [];
      for (const to of [...LEVELS, null]) {
        if (to === level) continue;
        const leader = findLeader(
          scoreOptions({
            ...input,
            level: (areaId, optionId) =>
              areaId === area.id && optionId === option.id ? to : input.level(areaId, optionId),
          }),
        );
        if (!sameLeader(leader, current)) changes.push({ to, leader });
      }
      if (changes.length > 0) cells.push({ areaId: area.id, optionId: option.id, current: level, changes });
    }
  }
  return cells;
}
