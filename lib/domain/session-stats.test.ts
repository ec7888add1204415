import { describe, expect, it } from "vitest";
import { DEFAULT_AGREEMENT_RULE as RULE, type RatedValue } from "../contract/sessions";
import { flagOf, modalOf, quartiles, rankOf, roundChange, summarise, valueAtRank } from "./session-stats";

const levels = (text: string): RatedValue[] =>
  text.split("").map((letter) => (letter === "H" ? "high" : letter === "M" ? "medium" : "low"));

describe("quartiles on an ordinal scale", () => {
  it.each([
    [[2], { q1: 2, median: 2, q3: 2 }],
    [[1, 3], { q1: 1, median: 2, q3: 3 }],
    [[1, 2, 3], { q1: 1.5, median: 2, q3: 2.5 }],
    [[1, 2, 2, 3], { q1: 1.5, median: 2, q3: 2.5 }],
    [[1, 2, 3, 4, 5], { q1: 2, median: 3, q3: 4 }],
    [[5, 1, 4, 2, 3, 3, 4], { q1: 2.5, median: 3, q3: 4 }],
    [[2, 3], { q1: 2, median: 2.5, q3: 3 }],
  ])("of %j are Tukey's hinges %j", (ranks, expected) => {
    expect(quartiles(ranks)).toEqual(expected);
  });

  it("gives nothing without answers", () => {
    expect(quartiles([])).toEqual({ q1: null, median: null, q3: null });
  });

  it("ranks levels low 1 to high 3 and finds a value only at a whole rank", () => {
    expect(levels("LMH").map(rankOf)).toEqual([1, 2, 3]);
    expect(valueAtRank("level", 3)).toBe("high");
    expect(valueAtRank("level", 2.5)).toBeUndefined();
    expect(valueAtRank("score", 4)).toBe(4);
  });
});

describe("modal share", () => {
  it("names the modal level and its share, and no level on a tie", () => {
    expect(modalOf("level", levels("HHML"))).toEqual({ modal: "high", modalShare: 0.5 });
    expect(modalOf("level", levels("HHLL"))).toEqual({ modal: null, modalShare: 0.5 });
    expect(modalOf("score", [])).toEqual({ modal: null, modalShare: null });
  });
});

describe("flags", () => {
  it("agrees at 70 % in one level, not at 2 of 3", () => {
    expect(flagOf("level", levels("HHHHHHHMML"), RULE)).toBe("agreement");
    expect(flagOf("level", levels("HHM"), RULE)).toBeNull();
  });

  it("agrees on the 1–5 scale when the IQR is at most 1", () => {
    expect(flagOf("score", [3, 3, 4, 4], RULE)).toBe("agreement");
    expect(flagOf("score", [3, 3, 3, 4, 5, 5, 5, 5], RULE)).toBeNull();
  });

  it("calls both ends at 25 % each split, even with 70 % in one level", () => {
    expect(flagOf("level", levels("HHHL"), RULE)).toBe("split");
    expect(flagOf("score", [1, 2, 4, 4, 4, 5, 5, 5], RULE)).toBe("split");
    // 3 of 4 in one level would be agreement at a lower share; split still wins.
    expect(flagOf("level", levels("HHHL"), { ...RULE, levelShare: 0.5 })).toBe("split");
  });

  it("gives no flag below three answers", () => {
    expect(flagOf("level", levels("HH"), RULE)).toBeNull();
    expect(flagOf("level", levels("HL"), RULE)).toBeNull();
  });
});

describe("summarise", () => {
  it("leaves abstentions out of the statistics and groups reasons by level, highest first", () => {
    const result = summarise(
      "level",
      [
        { value: "low", reason: "too costly" },
        { value: "high", reason: "works", name: "Ana" },
        { value: "abstain", reason: "not my field" },
        { value: "high" },
        { value: "medium", reason: " " },
      ],
      RULE,
    );
    expect(result).toEqual({
      answered: 5,
      abstentions: 1,
      n: 4,
      counts: { high: 2, medium: 1, low: 1 },
      median: 2.5,
      q1: 1.5,
      q3: 3,
      iqr: 1.5,
      modal: "high",
      modalShare: 0.5,
      // High and Low hold 2 and 1 of 4 answers: both ends at 25 % or more.
      flag: "split",
      reasons: [
        { value: "high", reason: "works", name: "Ana" },
        { value: "low", reason: "too costly" },
      ],
    });
  });

  it("shows how a target moved between rounds", () => {
    const first = summarise("score", [{ value: 1 }, { value: 3 }, { value: 5 }], RULE);
    const second = summarise("score", [{ value: 3 }, { value: 3 }, { value: 4 }], RULE);
    expect(roundChange(first, second)).toEqual({
      median: 0,
      iqr: -1.5,
      modalShare: 2 / 3 - 1 / 3,
      counts: { "5": -1, "4": 1, "3": 1, "2": 0, "1": -1 },
      from: "split",
      to: "agreement",
    });
  });
});

describe("named answers", () => {
  it("list every rated answer with its author, reason or not", () => {
    const result = summarise(
      "score",
      [
        { value: 2, name: "Ben" },
        { value: 4, reason: "rising", name: "Ana" },
        { value: "abstain", name: "Cy" },
      ],
      RULE,
    );
    expect(result.reasons).toEqual([
      { value: 4, reason: "rising", name: "Ana" },
      { value: 2, reason: "", name: "Ben" },
    ]);
  });
});
