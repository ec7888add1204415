import { describe, expect, it } from "vitest";
import {
  cellChangeText,
  coverageText,
  formatScore,
  formatWeight,
  leaderText,
  listNames,
  outcomeText,
  weightChangeText,
} from "./scoring-text";

const NAMES: Record<string, string> = { p: "Strategic partnership", s: "Status quo", r: "Retrenchment" };
const nameOf = (id: string) => NAMES[id] ?? id;

describe("numbers", () => {
  it("prints scores with one decimal and weights as typed, thresholds to two decimals", () => {
    expect([formatScore(4), formatScore(7.25), formatScore(0)]).toEqual(["4.0", "7.3", "0.0"]);
    expect([formatWeight(1), formatWeight(3.5), formatWeight(5 / 3), formatWeight(0)]).toEqual([
      "1",
      "3.5",
      "1.67",
      "0",
    ]);
  });

  it("says how many areas are rated", () => {
    expect(coverageText({ rated: 2, unrated: 2 })).toBe("2 of 4 areas rated");
    expect(coverageText({ rated: 1, unrated: 0 })).toBe("1 of 1 area rated");
    expect(coverageText({ rated: 0, unrated: 0 })).toBe("No priority areas yet");
  });

  it("joins names in a sentence", () => {
    expect([listNames([]), listNames(["A"]), listNames(["A", "B"]), listNames(["A", "B", "C"])]).toEqual([
      "",
      "A",
      "A and B",
      "A, B and C",
    ]);
  });
});

describe("leader and outcomes", () => {
  it("describes a lead, a tie, a lone option and no leader", () => {
    expect(leaderText({ kind: "single", optionId: "p", score: 12, runnerUpIds: ["s"], margin: 7 }, nameOf)).toBe(
      "Strategic partnership leads by 7.0 over Status quo.",
    );
    expect(leaderText({ kind: "tie", optionIds: ["p", "s"], score: 6 }, nameOf)).toBe(
      "Strategic partnership and Status quo tie for the lead at 6.0.",
    );
    expect(leaderText({ kind: "single", optionId: "r", score: 3, runnerUpIds: [], margin: null }, nameOf)).toBe(
      "Retrenchment leads; it is the only option.",
    );
    expect(leaderText({ kind: "none" }, nameOf)).toBe("No option leads yet: no cell is rated.");
    expect(outcomeText({ kind: "none" }, nameOf)).toBe("would leave no option leading, as nothing would be rated");
  });

  it("words a weight change with the step to type and the exact threshold when it is off the steps", () => {
    const overtakes = {
      direction: "up",
      threshold: 5 / 3,
      weight: 2,
      leader: { kind: "single", optionId: "s", score: 8.5, runnerUpIds: ["p"], margin: 1 },
    } as const;
    expect(weightChangeText(overtakes, 1, nameOf)).toBe(
      "Raising its weight from 1 to 2 would put Status quo ahead (the lead changes above 1.67).",
    );
    const ties = {
      direction: "down",
      threshold: 0.5,
      weight: 0.5,
      leader: { kind: "tie", optionIds: ["p", "s"], score: 4.5 },
    } as const;
    expect(weightChangeText(ties, 1.5, nameOf)).toBe(
      "Lowering its weight from 1.5 to 0.5 would tie Strategic partnership and Status quo.",
    );
  });

  it("words a cell change, including clearing a rating", () => {
    const tie = { kind: "tie", optionIds: ["p", "s"], score: 5.5 } as const;
    expect(cellChangeText({ to: "low", leader: tie }, nameOf)).toBe(
      "Rating it Low would tie Strategic partnership and Status quo.",
    );
    expect(
      cellChangeText(
        { to: null, leader: { kind: "single", optionId: "s", score: 5.5, runnerUpIds: ["p"], margin: 1 } },
        nameOf,
      ),
    ).toBe("Clearing its rating would put Status quo ahead.");
  });
});
