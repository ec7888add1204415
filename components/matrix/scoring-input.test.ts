import { describe, expect, it } from "vitest";
import { createWorkspaceDoc, readWorkspace, setAreaWeight, setCellLevel, rationaleText } from "../../lib/collab";
import { scoreOptions } from "../../lib/domain/scoring";
import { scoringData, scoringInput } from "./scoring-input";

const ana = { id: "p-ana", name: "Ana" };

function briefDoc() {
  return createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
}

describe("scoring input", () => {
  it("reads levels, weights and demand from the snapshot", () => {
    const doc = briefDoc();
    setAreaWeight(doc, "transparency", 3, ana);
    setCellLevel(doc, "strategy", "retrenchment", null, ana);
    const input = scoringInput(scoringData(readWorkspace(doc)));
    expect(input.level("transparency", "status-quo")).toBe("medium");
    expect(input.level("strategy", "retrenchment")).toBeNull();
    expect(input.level("missing", "status-quo")).toBeNull();
    expect(input.resourceDemand("partnership")).toBe("high");
    const scores = scoreOptions(input);
    expect(scores.map((score) => score.score)).toEqual([18, 9, 5]);
  });

  it("stays the same data when only a rationale changed", () => {
    const doc = briefDoc();
    const before = JSON.stringify(scoringData(readWorkspace(doc)));
    rationaleText(doc, "strategy", "partnership").insert(0, "Why not.");
    expect(JSON.stringify(scoringData(readWorkspace(doc)))).toBe(before);
    setCellLevel(doc, "strategy", "partnership", "low", ana);
    expect(JSON.stringify(scoringData(readWorkspace(doc)))).not.toBe(before);
  });
});
