import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRIEF_AREAS, BRIEF_IMPACT, BRIEF_OPTIONS } from "./brief-2009";
import { LEVELS, type Level } from "./scales";
import {
  DEFAULT_WEIGHT,
  WEIGHT_MAX,
  WEIGHT_MIN,
  WEIGHT_STEP,
  findLeader,
  sameLeader,
  scoreOptions,
  type ScoringInput,
} from "./scoring";
import { scenarioInput, scenarios, withLevel, withWeight } from "./scoring-test-fixtures";
import { decisiveCells, weightSensitivity, type WeightSensitivity } from "./sensitivity";

function leaderOf(input: ScoringInput) {
  return findLeader(scoreOptions(input));
}

function briefInput(weights: Record<string, number> = {}, levels: Record<string, Level | null> = {}): ScoringInput {
  return {
    options: BRIEF_OPTIONS,
    areas: BRIEF_AREAS.map((area) => ({ ...area, weight: weights[area.id] ?? DEFAULT_WEIGHT })),
    level: (areaId, optionId) => {
      const key = `${areaId}/${optionId}`;
      return key in levels ? (levels[key] ?? null) : (BRIEF_IMPACT[areaId]?.[optionId] ?? null);
    },
    resourceDemand: () => null,
  };
}

/**
 * Partnership rated High on strategy and federal-local, transparency left unrated (7.5); status
 * quo Low, Low, High (5.5). Only status quo gains from the transparency weight: 2.5 + 3w passes
 * 7.5 at w = 5/3.
 */
const CLOSE_CALL = briefInput(
  { "federal-local": 1.5 },
  {
    "transparency/partnership": null,
    "domestic/partnership": null,
    "domestic/status-quo": null,
    "domestic/retrenchment": null,
    "transparency/status-quo": "high",
  },
);

function areaResult(results: WeightSensitivity[], areaId: string): WeightSensitivity {
  return results.find((result) => result.areaId === areaId)!;
}

describe("weightSensitivity", () => {
  it("finds no weight in range that unseats partnership in the brief's own matrix", () => {
    for (const result of weightSensitivity(briefInput())) {
      expect([result.up, result.down, result.nearest, result.safeFrom, result.safeTo]).toEqual([
        null,
        null,
        null,
        0,
        10,
      ]);
    }
  });

  it("solves for the crossing exactly and names the step to type", () => {
    const results = weightSensitivity(CLOSE_CALL);
    const transparency = areaResult(results, "transparency");
    expect(transparency.up?.threshold).toBeCloseTo(5 / 3, 12);
    expect(transparency.up?.weight).toBe(2);
    expect(transparency.up?.leader).toMatchObject({ kind: "single", optionId: "status-quo" });
    expect(transparency.down).toBeNull();
    expect(transparency.nearest).toBe(transparency.up);
    expect(transparency.safeFrom).toBe(0);
    expect(transparency.safeTo).toBeCloseTo(5 / 3, 12);

    // Partnership 3 + 3w against status quo 4 + w: level at w = 0.5, a step on the grid, where they tie.
    const federalLocal = areaResult(results, "federal-local");
    expect(federalLocal.down).toEqual({
      direction: "down",
      threshold: 0.5,
      weight: 0.5,
      leader: { kind: "tie", optionIds: ["partnership", "status-quo"], score: 4.5 },
    });
    expect(federalLocal.up).toBeNull();
  });

  it("says nothing changes while no cell is rated", () => {
    const results = weightSensitivity({ ...briefInput(), level: () => null });
    expect(results.every((result) => result.nearest === null)).toBe(true);
  });

  it("reports changes that really change the leader, at the step named and just past the threshold", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const input = scenarioInput(scenario);
        const current = leaderOf(input);
        for (const result of weightSensitivity(input)) {
          for (const change of [result.up, result.down]) {
            if (!change) continue;
            expect(Number.isInteger(change.weight / WEIGHT_STEP)).toBe(true);
            const atStep = leaderOf(withWeight(input, result.areaId, change.weight));
            expect(sameLeader(atStep, current)).toBe(false);
            expect(atStep).toEqual(change.leader);
            const past = change.threshold + (change.direction === "up" ? 1e-6 : -1e-6);
            const clamped = Math.min(WEIGHT_MAX, Math.max(WEIGHT_MIN, past));
            expect(sameLeader(leaderOf(withWeight(input, result.areaId, clamped)), current)).toBe(false);
          }
        }
      }),
      { seed: 21, numRuns: 400 },
    );
  });

  it("keeps the leader for every weight strictly inside the safe interval, and changes it beyond", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const input = scenarioInput(scenario);
        const current = leaderOf(input);
        for (const result of weightSensitivity(input)) {
          expect(result.safeFrom).toBeLessThanOrEqual(result.weight);
          expect(result.safeTo).toBeGreaterThanOrEqual(result.weight);
          // A brute-force sweep in twentieths, skipping points that sit on a threshold up to rounding.
          for (let twentieths = 0; twentieths <= WEIGHT_MAX * 20; twentieths += 1) {
            const weight = twentieths / 20;
            const near = (edge: number) => Math.abs(weight - edge) < 1e-9;
            if (near(result.safeFrom) || near(result.safeTo)) continue;
            const kept = sameLeader(leaderOf(withWeight(input, result.areaId, weight)), current);
            const inside = weight > result.safeFrom && weight < result.safeTo;
            expect(kept).toBe(inside || weight === result.weight);
          }
          if (!result.up)
            expect(sameLeader(leaderOf(withWeight(input, result.areaId, WEIGHT_MAX)), current)).toBe(true);
          if (!result.down)
            expect(sameLeader(leaderOf(withWeight(input, result.areaId, WEIGHT_MIN)), current)).toBe(true);
        }
      }),
      { seed: 22, numRuns: 100 },
    );
  });

  it("names the nearest step on the grid that changes the leader", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const input = scenarioInput(scenario);
        const current = leaderOf(input);
        for (const result of weightSensitivity(input)) {
          const changing = Array.from({ length: WEIGHT_MAX / WEIGHT_STEP + 1 }, (_, k) => k * WEIGHT_STEP).filter(
            (weight) => !sameLeader(leaderOf(withWeight(input, result.areaId, weight)), current),
          );
          const above = changing.filter((weight) => weight > result.weight);
          const below = changing.filter((weight) => weight < result.weight);
          expect(result.up?.weight ?? null).toBe(above[0] ?? null);
          expect(result.down?.weight ?? null).toBe(below.at(-1) ?? null);
          const distances = [above[0], below.at(-1)].flatMap((w) =>
            w === undefined ? [] : [Math.abs(w - result.weight)],
          );
          if (result.nearest) expect(Math.abs(result.nearest.weight - result.weight)).toBe(Math.min(...distances));
          else expect(distances).toEqual([]);
        }
      }),
      { seed: 23, numRuns: 300 },
    );
  });
});

describe("decisiveCells", () => {
  it("finds no decisive cell in the brief's own matrix", () => {
    expect(decisiveCells(briefInput())).toEqual([]);
  });

  it("lists the level changes that unseat a narrow leader", () => {
    const cells = decisiveCells(CLOSE_CALL);
    const strategy = cells.find((cell) => cell.areaId === "strategy" && cell.optionId === "partnership");
    // 7.5 vs 5.5: Medium (6.5) keeps the lead, Low (5.5) ties, unrated (4.5) hands it over.
    expect(strategy?.current).toBe("high");
    expect(strategy?.changes.map((change) => [change.to, change.leader.kind])).toEqual([
      ["low", "tie"],
      [null, "single"],
    ]);
  });

  it("reports exactly the single-cell changes that change the leader", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const input = scenarioInput(scenario);
        const current = leaderOf(input);
        const reported = new Map(
          decisiveCells(input).flatMap((cell) =>
            cell.changes.map((change) => [`${cell.areaId}/${cell.optionId}/${change.to}`, change.leader] as const),
          ),
        );
        for (const area of input.areas) {
          for (const option of input.options) {
            for (const to of [...LEVELS, null]) {
              if (to === input.level(area.id, option.id)) continue;
              const after = leaderOf(withLevel(input, area.id, option.id, to));
              const leader = reported.get(`${area.id}/${option.id}/${to}`);
              if (leader) {
                expect(sameLeader(after, current)).toBe(false);
                expect(after).toEqual(leader);
              } else {
                expect(sameLeader(after, current)).toBe(true);
              }
            }
          }
        }
      }),
      { seed: 24, numRuns: 300 },
    );
  });
});
