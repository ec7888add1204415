import { describe, expect, it } from "vitest";
import type { WorkspaceSnapshot } from "../../lib/collab";
import { targetCount, targetsOf, type TargetChoice } from "./target-choice";

const snapshot = {
  options: [{ id: "o1" }, { id: "o2" }],
  areas: [{ id: "a1" }, { id: "a2" }, { id: "a3" }],
  threats: [{ id: "t1" }, { id: "t2" }],
} as unknown as WorkspaceSnapshot;

const none: TargetChoice = { matrix: "none", areaId: "", optionId: "", cells: [], threats: "none", threatIds: [] };

describe("the start dialog's target choice", () => {
  it("sends a named set when a whole set is chosen", () => {
    expect(targetsOf({ ...none, matrix: "all" }, snapshot)).toBe("matrix");
    expect(targetsOf({ ...none, threats: "all" }, snapshot)).toBe("threats");
    expect(targetsOf({ ...none, matrix: "all", threats: "all" }, snapshot)).toBe("all");
  });

  it("lists a row's cells, a column's cells and picked threats' two fields", () => {
    expect(
      targetsOf({ ...none, matrix: "area", areaId: "a2", threats: "picked", threatIds: ["t2"] }, snapshot),
    ).toEqual([
      { kind: "cell", areaId: "a2", optionId: "o1" },
      { kind: "cell", areaId: "a2", optionId: "o2" },
      { kind: "threat", threatId: "t2", field: "likelihood" },
      { kind: "threat", threatId: "t2", field: "impact" },
    ]);
    expect(targetsOf({ ...none, matrix: "option", optionId: "o1" }, snapshot)).toHaveLength(3);
    expect(targetsOf({ ...none, matrix: "picked", cells: ["a3|o2"] }, snapshot)).toEqual([
      { kind: "cell", areaId: "a3", optionId: "o2" },
    ]);
  });

  it("counts what would be rated, and nothing when nothing is chosen", () => {
    expect(targetCount({ ...none, matrix: "all", threats: "all" }, snapshot)).toBe(10);
    expect(targetsOf(none, snapshot)).toEqual([]);
  });
});
