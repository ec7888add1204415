import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BRIEF_CHANGES, decisionSummary, gravestThreats } from "./decision-summary";
import type { Level } from "./scales";
import { findLeader, sameLeader, scoreOptions, type ScoringInput } from "./scoring";
import { scenarioInput, scenarios, withLevel, withWeight } from "./scoring-test-fixtures";

/** Two areas, three options: A leads B by 1 point (3 + 1 against 2 + 1), C trails. */
function input(levels: Record<string, Level | null> = {}, weights: Record<string, number> = {}): ScoringInput {
  const base: Record<string, Level | null> = {
    "x/a": "high",
    "y/a": "low",
    "x/b": "medium",
    "y/b": "low",
    "x/c": "low",
    "y/c": null,
    ...levels,
  };
  return {
    options: [
      { id: "a", name: "A" },
      { id: "b", name: "B" },
      { id: "c", name: "C" },
    ],
    areas: [
      { id: "x", name: "X", weight: weights["x"] ?? 1 },
      { id: "y", name: "Y", weight: weights["y"] ?? 1 },
    ],
    level: (areaId, optionId) => base[`${areaId}/${optionId}`] ?? null,
    resourceDemand: (optionId) => (optionId === "a" ? "high" : null),
  };
}

const threat = (name: string, likelihood: number | null, impact: number | null) => ({ name, likelihood, impact });

describe("decisionSummary", () => {
  it("names the leading option, its margin over the runner-up and ranks every option", () => {
    const summary = decisionSummary(input(), []);
    expect(summary.leader).toEqual({ kind: "single", optionId: "a", score: 4, runnerUpIds: ["b"], margin: 1 });
    expect(summary.ranking.map((score) => [score.optionId, score.score])).toEqual([
      ["a", 4],
      ["b", 3],
      ["c", 1],
    ]);
    expect(summary.ranking[0]?.resourceDemand).toBe("high");
  });

  it("keeps the matrix order between options with equal scores", () => {
    const summary = decisionSummary(input({ "x/a": "medium" }), []);
    expect(summary.leader.kind).toBe("tie");
    expect(summary.ranking.map((score) => score.optionId)).toEqual(["a", "b", "c"]);
  });

  it("says what would change the lead: the nearest weight changes first, and the decisive cells", () => {
    const summary = decisionSummary(input(), []);
    // Lowering X's weight to 0 ties A and B (1 against 1); no weight of Y changes the leader
    // (A and B both rate Low there), so only X is named.
    expect(summary.weightChanges).toHaveLength(1);
    expect(summary.weightChanges[0]).toMatchObject({ areaId: "x", from: 1, change: { direction: "down", weight: 0 } });
    expect(summary.weightChanges[0]?.change.leader).toEqual({ kind: "tie", optionIds: ["a", "b"], score: 1 });
    // A's High in X lowered, B's Medium in X raised, A's Low in Y cleared, B's Low in Y raised,
    // C's empty Y rated High (a tie): five cells, the brief names the first three in matrix order.
    const cells = summary.decisiveCells.map((cell) => `${cell.areaId}/${cell.optionId}`);
    expect(cells).toEqual(["x/a", "x/b", "y/a"]);
    expect(summary.decisiveCellCount).toBe(5);
  });

  it("orders weight changes by how far the weight must move", () => {
    // X at weight 4, Y at 1: A 12, B 8 + 3 = 11. B overtakes when Y rises past 4/3 (to 1.5, a
    // step of 0.5) and ties when X falls to 3 (a step of 1).
    const summary = decisionSummary(input({ "y/b": "high", "y/a": null }, { x: 4 }), []);
    const steps = summary.weightChanges.map((entry) => Math.abs(entry.change.weight - entry.from));
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(summary.weightChanges.length).toBeLessThanOrEqual(BRIEF_CHANGES);
    expect(summary.weightChanges.map((entry) => entry.areaId)).toEqual(["y", "x"]);
  });

  it("has no leader and names no change while nothing is rated", () => {
    const summary = decisionSummary({ ...input(), level: () => null }, []);
    expect(summary.leader).toEqual({ kind: "none" });
    expect(summary.weightChanges).toEqual([]);
    expect(summary.decisiveCells).toEqual([]);
    expect(summary.decisiveCellCount).toBe(0);
  });

  it("every change it names does change the leader", () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const scenarioIn = scenarioInput(scenario);
        const summary = decisionSummary(scenarioIn, []);
        const current = findLeader(scoreOptions(scenarioIn));
        for (const entry of summary.weightChanges) {
          const after = findLeader(scoreOptions(withWeight(scenarioIn, entry.areaId, entry.change.weight)));
          expect(sameLeader(after, current)).toBe(false);
        }
        for (const cell of summary.decisiveCells) {
          for (const change of cell.changes) {
            const after = findLeader(scoreOptions(withLevel(scenarioIn, cell.areaId, cell.optionId, change.to)));
            expect(sameLeader(after, current)).toBe(false);
          }
        }
      }),
    );
  });
});

describe("gravestThreats", () => {
  it("lists rated threats by likelihood × impact, ties in register order, and counts the unrated", () => {
    const threats = [
      threat("Low", 1, 2),
      threat("Unrated", null, 5),
      threat("Top", 5, 4),
      threat("Tie first", 3, 4),
      threat("Tie second", 4, 3),
      threat("Half", 4, null),
    ];
    const { topThreats, unratedThreats } = gravestThreats(threats);
    expect(topThreats.map((entry) => [entry.threat.name, entry.score, entry.band])).toEqual([
      ["Top", 20, "critical"],
      ["Tie first", 12, "high"],
      ["Tie second", 12, "high"],
      ["Low", 2, "low"],
    ]);
    expect(unratedThreats).toBe(2);
  });

  it("keeps only the gravest few", () => {
    // Likelihood 1, 2, 3, 4, 5, 1, 2, 3 × impact 3.
    const threats = Array.from({ length: 8 }, (_, index) => threat(`T${index}`, 1 + (index % 5), 3));
    const { topThreats } = gravestThreats(threats, 3);
    expect(topThreats.map((entry) => [entry.threat.name, entry.score])).toEqual([
      ["T4", 15],
      ["T3", 12],
      ["T2", 9],
    ]);
  });
});
