import { describe, expect, it } from "vitest";
import { nextPosition } from "./grid-position";
import {
  matrixShape,
  positionOf,
  presenceFocus,
  targetAt,
  targetId,
  targetOfFocus,
  type MatrixTarget,
} from "./matrix-target";

const layout = { areaIds: ["strategy", "domestic"], optionIds: ["partnership", "status-quo", "retrenchment"] };

const everyTarget: MatrixTarget[] = [
  { kind: "option", optionId: "status-quo" },
  { kind: "area", areaId: "domestic" },
  { kind: "cell", areaId: "strategy", optionId: "retrenchment" },
  { kind: "demand", optionId: "partnership" },
  { kind: "response", optionId: "retrenchment" },
];

describe("the matrix as a grid", () => {
  it("finds each target at its position and back", () => {
    for (const target of everyTarget) {
      const position = positionOf(layout, target);
      expect(position).not.toBeNull();
      expect(targetAt(layout, position!)).toEqual(target);
    }
    expect(positionOf(layout, { kind: "cell", areaId: "domestic", optionId: "status-quo" })).toEqual({
      row: 2,
      col: 2,
    });
    expect(positionOf(layout, { kind: "demand", optionId: "partnership" })).toEqual({ row: 3, col: 1 });
    expect(positionOf(layout, { kind: "response", optionId: "partnership" })).toEqual({ row: 4, col: 1 });
  });

  it("has no target where a removed record was", () => {
    expect(positionOf(layout, { kind: "option", optionId: "gone" })).toBeNull();
    expect(positionOf(layout, { kind: "cell", areaId: "gone", optionId: "partnership" })).toBeNull();
    expect(targetAt(layout, { row: 0, col: 0 })).toBeNull();
    expect(targetAt(layout, { row: 3, col: 0 })).toBeNull();
  });

  it("moves from the last area down into the demand row, past the row labels", () => {
    const shape = matrixShape(layout);
    expect(nextPosition({ key: "ArrowDown", ctrl: false }, { row: 2, col: 0 }, shape)).toEqual({ row: 2, col: 0 });
    expect(nextPosition({ key: "ArrowDown", ctrl: false }, { row: 2, col: 1 }, shape)).toEqual({ row: 3, col: 1 });
    expect(nextPosition({ key: "Home", ctrl: false }, { row: 3, col: 3 }, shape)).toEqual({ row: 3, col: 1 });
  });
});

describe("presence", () => {
  it("round-trips every target through the awareness focus", () => {
    for (const target of everyTarget) expect(targetOfFocus(presenceFocus(target))).toEqual(target);
  });

  it("names targets distinctly", () => {
    expect(new Set(everyTarget.map(targetId)).size).toBe(everyTarget.length);
  });
});
