import { describe, expect, it } from "vitest";
import { answerForKey, choicesOf } from "./answer-keys";

describe("answer keys", () => {
  it("maps 1/2/3 and H/M/L to the levels in the order shown, A to abstain", () => {
    expect(choicesOf("level")).toEqual(["high", "medium", "low", "abstain"]);
    expect(["1", "H", "2", "m", "3", "L", "a"].map((key) => answerForKey("level", key))).toEqual([
      "high",
      "high",
      "medium",
      "medium",
      "low",
      "low",
      "abstain",
    ]);
    expect(answerForKey("level", "4")).toBeUndefined();
  });

  it("maps 1–5 to scores and nothing else", () => {
    expect(["1", "5", "A"].map((key) => answerForKey("score", key))).toEqual([1, 5, "abstain"]);
    expect(answerForKey("score", "6")).toBeUndefined();
    expect(answerForKey("score", "h")).toBeUndefined();
  });
});
