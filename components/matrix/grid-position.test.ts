import { describe, expect, it } from "vitest";
import { clampPosition, nextPosition, type GridShape } from "./grid-position";

// 4 rows × 3 columns; the corner (0,0) and the row labels of rows 2 and 3 take no focus.
const shape: GridShape = {
  rows: 4,
  cols: 3,
  focusable: ({ row, col }) => col > 0 || row === 1,
};
const key = (name: string, ctrl = false) => ({ key: name, ctrl });

describe("nextPosition", () => {
  it("steps with the arrows and stays put at an edge", () => {
    expect(nextPosition(key("ArrowRight"), { row: 1, col: 1 }, shape)).toEqual({ row: 1, col: 2 });
    expect(nextPosition(key("ArrowRight"), { row: 1, col: 2 }, shape)).toEqual({ row: 1, col: 2 });
    expect(nextPosition(key("ArrowDown"), { row: 3, col: 1 }, shape)).toEqual({ row: 3, col: 1 });
    expect(nextPosition(key("ArrowUp"), { row: 1, col: 0 }, shape)).toEqual({ row: 1, col: 0 });
  });

  it("steps over cells that take no focus", () => {
    expect(nextPosition(key("ArrowLeft"), { row: 0, col: 1 }, shape)).toEqual({ row: 0, col: 1 });
    expect(nextPosition(key("ArrowLeft"), { row: 2, col: 1 }, shape)).toEqual({ row: 2, col: 1 });
    expect(nextPosition(key("ArrowDown"), { row: 0, col: 0 }, shape)).toEqual({ row: 1, col: 0 });
  });

  it("goes to the ends of the row with Home and End, of the grid with Ctrl", () => {
    expect(nextPosition(key("Home"), { row: 1, col: 2 }, shape)).toEqual({ row: 1, col: 0 });
    expect(nextPosition(key("Home"), { row: 2, col: 2 }, shape)).toEqual({ row: 2, col: 1 });
    expect(nextPosition(key("End"), { row: 1, col: 0 }, shape)).toEqual({ row: 1, col: 2 });
    expect(nextPosition(key("Home", true), { row: 3, col: 2 }, shape)).toEqual({ row: 0, col: 1 });
    expect(nextPosition(key("End", true), { row: 0, col: 1 }, shape)).toEqual({ row: 3, col: 2 });
  });

  it("leaves other keys alone", () => {
    expect(nextPosition(key("Enter"), { row: 1, col: 1 }, shape)).toBeNull();
    expect(nextPosition(key("a"), { row: 1, col: 1 }, shape)).toBeNull();
  });
});

describe("clampPosition", () => {
  it("keeps a position that is still there", () => {
    expect(clampPosition({ row: 2, col: 2 }, shape)).toEqual({ row: 2, col: 2 });
  });

  it("moves into the grid when it shrank, onto a focusable cell", () => {
    expect(clampPosition({ row: 9, col: 9 }, shape)).toEqual({ row: 3, col: 2 });
    expect(clampPosition({ row: 3, col: 0 }, shape)).toEqual({ row: 3, col: 1 });
  });

  it("finds nothing in an empty grid", () => {
    expect(clampPosition({ row: 0, col: 0 }, { rows: 0, cols: 0, focusable: () => true })).toBeNull();
  });
});
