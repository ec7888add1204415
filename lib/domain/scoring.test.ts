import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRIEF_AREAS, BRIEF_IMPACT, BRIEF_OPTIONS } from "./brief-2009";
import type { Level } from "./scales";
import {
  DEFAULT_WEIGHT,
  findLeader,
  leaderFromScores,
  parseWeight,
  sameLeader,
  scoreOptions,
  type ScoringInput,
} from "./scoring";
import { scenarioInput, scenarios, withLevel } from "./scoring-test-fixtures";

/** The brief's own matrix (RAND RB9444, 2009) with every area at the default weight. */
function briefInput(): ScoringInput {
  return {
    options: BRIEF_OPTIONS,
    areas: BRIEF_AREAS.map((area) => ({ ...area, weight: DEFAULT_WEIGHT })),
    level: (areaId, optionId) => BRIEF_IMPACT[areaId]?.[optionId] ?? null,
    resourceDemand: (optionId) => BRIEF_OPTIONS.find((option) => option.id === optionId)?.resourceDemand ?? null,
  };
}

const ORDER: (Level | null)[] = [null, "low", "medium", "high"];

describe("scoreOptions", () => {
  it("scores the brief's matrix: partnership High in all four areas, demand kept apart", () => {
    const scores = scoreOptions(briefInput());
    expect(
      scores.map(({ optionId, score, maxScore, rated, unrated, resourceDemand }) => [
        optionId,
        score,
        maxScore,
        rated,
        unrated,
        resourceDemand,
      ]),
    ).toEqual([
      ["partnership", 12, 12, 4, 0, "high"],
      ["status-quo", 5, 12, 4, 0, "medium"],
      ["retrenchment", 4, 12, 4, 0, "low"],
    ]);
    expect(findLeader(scores)).toEqual({
      kind: "single",
      optionId: "partnership",
      score: 12,
      runnerUpIds: ["status-quo"],
      margin: 7,
    });
  });

  it("counts an unrated cell as nothing and reports it as not rated", () => {
    const input = withLevel(briefInput(), "transparency", "status-quo", null);
    const statusQuo = scoreOptions(input).find((score) => score.optionId === "status-quo")!;
    expect([statusQuo.score, statusQuo.maxScore, statusQuo.rated, statusQuo.unrated]).toEqual([3, 12, 3, 1]);
  });

  it("multiplies by the area's weight", () => {
    const input = briefInput();
    const weighted = {
      ...input,
      areas: input.areas.map((area, index) => ({ ...area, weight: index === 3 ? 2.5 : 1 })),
    };
    const statusQuo = scoreOptions(weighted).find((score) => score.optionId === "status-quo")!;
    // Three Lows at weight 1 and a Medium at weight 2.5.
    expect([statusQuo.score, statusQuo.maxScore]).toEqual([3 + 5, 9 + 7.5]);
  });

  it("refuses a weight outside the range, naming the area", () => {
    const input = briefInput();
    const bad = { ...input, areas: input.areas.map((area) => ({ ...area, weight: area.id === "domestic" ? 11 : 1 })) };
    expect(() => scoreOptions(bad)).toThrow(/area "Support Mexico's efforts.*\(domestic\) is 11/);
    const notANumber = { ...input, areas: [{ id: "x", name: "X", weight: Number.NaN }] };
    expect(() => scoreOptions(notANumber)).toThrow(RangeError);
  });

  it("never lets resource demand change a score", () => {
    fc.assert(
      fc.property(
        scenarios,
        fc.func(fc.constantFrom<Level | null>("high", "medium", "low", null)),
        (scenario, demand) => {
          const input = scenarioInput(scenario);
          const strip = (input: ScoringInput) => scoreOptions(input).map(({ resourceDemand: _, ...rest }) => rest);
          expect(strip({ ...input, resourceDemand: demand })).toEqual(strip(input));
        },
      ),
      { seed: 11, numRuns: 200 },
    );
  });

  it("is monotone in levels: raising one cell never lowers its option's score or moves another's", () => {
    fc.assert(
      fc.property(scenarios, fc.nat(), fc.nat(), fc.nat({ max: 3 }), (scenario, areaPick, optionPick, toIndex) => {
        const input = scenarioInput(scenario);
        const area = input.areas[areaPick % input.areas.length]!;
        const option = input.options[optionPick % input.options.length]!;
        const from = input.level(area.id, option.id);
        const to = ORDER[Math.max(toIndex, ORDER.indexOf(from))]!;
        const before = scoreOptions(input);
        const after = scoreOptions(withLevel(input, area.id, option.id, to));
        after.forEach((score, index) => {
          if (score.optionId === option.id) expect(score.score).toBeGreaterThanOrEqual(before[index]!.score);
          else expect(score.score).toBe(before[index]!.score);
        });
      }),
      { seed: 12, numRuns: 300 },
    );
  });

  it("keeps every score between 0 and the maximum, and counts each area once", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        for (const score of scoreOptions(scenarioInput(scenario))) {
          expect(score.score).toBeGreaterThanOrEqual(0);
          expect(score.score).toBeLessThanOrEqual(score.maxScore + 1e-9);
          expect(score.rated + score.unrated).toBe(scenario.weights.length);
        }
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe("leader", () => {
  it("has no leader while nothing is rated, whatever the weights", () => {
    const input = { ...briefInput(), level: () => null };
    expect(findLeader(scoreOptions(input))).toEqual({ kind: "none" });
  });

  it("reports equal scores as a tie, including sums that differ only by rounding", () => {
    expect(
      leaderFromScores(
        [
          { optionId: "a", score: 0.1 + 0.2 },
          { optionId: "b", score: 0.3 },
          { optionId: "c", score: 0.1 },
        ],
        true,
      ),
    ).toEqual({ kind: "tie", optionIds: ["a", "b"], score: 0.1 + 0.2 });
  });

  it("gives a lone option the lead without a margin", () => {
    expect(leaderFromScores([{ optionId: "a", score: 2 }], true)).toEqual({
      kind: "single",
      optionId: "a",
      score: 2,
      runnerUpIds: [],
      margin: null,
    });
  });

  it("compares leaders by the options that lead, in any order", () => {
    expect(
      sameLeader({ kind: "tie", optionIds: ["a", "b"], score: 1 }, { kind: "tie", optionIds: ["b", "a"], score: 2 }),
    ).toBe(true);
    expect(
      sameLeader({ kind: "tie", optionIds: ["a", "b"], score: 1 }, { kind: "tie", optionIds: ["a", "c"], score: 1 }),
    ).toBe(false);
    expect(sameLeader({ kind: "none" }, { kind: "tie", optionIds: [], score: 0 })).toBe(false);
  });
});

describe("parseWeight", () => {
  it("accepts weights from 0 to 10 in steps of 0.5, with a decimal point or comma", () => {
    expect(["0", "1", " 3.5 ", "3,5", ".5", "10", "10.0", "-0"].map(parseWeight)).toEqual(
      [0, 1, 3.5, 3.5, 0.5, 10, 10, 0].map((value) => ({ ok: true, value })),
    );
  });

  it("says what to type for empty, non-numeric, out-of-range and off-step input", () => {
    expect(parseWeight("")).toEqual({ ok: false, message: "Enter a weight from 0 to 10." });
    expect(parseWeight("abc")).toEqual({
      ok: false,
      message: "“abc” is not a number. Enter a weight from 0 to 10, e.g. 1.5.",
    });
    expect(parseWeight("1e1").ok).toBe(false);
    expect(parseWeight("10.5")).toEqual({ ok: false, message: "10.5 is out of range: enter a weight from 0 to 10." });
    expect(parseWeight("-1")).toEqual({ ok: false, message: "-1 is out of range: enter a weight from 0 to 10." });
    expect(parseWeight("3.3")).toEqual({ ok: false, message: "Use steps of 0.5, e.g. 3 or 3.5." });
  });
});
