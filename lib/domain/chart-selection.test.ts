import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { moveCursor, nearestIndex, selectionBetween } from "./chart-selection";

const rows = [
  { t: 2006, x: "2006" },
  { t: 2007, x: "2007" },
  { t: 2008, x: "2008" },
];

describe("moveCursor", () => {
  it("starts at an end, steps, jumps and stops at the edges", () => {
    expect(moveCursor(undefined, "ArrowRight", 3)).toBe(0);
    expect(moveCursor(undefined, "ArrowLeft", 3)).toBe(2);
    expect(moveCursor(0, "ArrowRight", 3)).toBe(1);
    expect(moveCursor(2, "ArrowRight", 3)).toBe(2);
    expect(moveCursor(1, "Home", 3)).toBe(0);
    expect(moveCursor(0, "End", 3)).toBe(2);
    expect(moveCursor(0, "PageUp", 3)).toBe(2);
    expect(moveCursor(0, "Enter", 3)).toBeUndefined();
    expect(moveCursor(0, "ArrowRight", 0)).toBeUndefined();
  });

  it("always lands on a row", () => {
    const key = fc.constantFrom("ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "PageUp", "PageDown", "Home", "End");
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50 }), fc.array(key, { maxLength: 30 }), (count, keys) => {
        let index: number | undefined;
        for (const pressed of keys) {
          index = moveCursor(index, pressed, count);
          expect(index).toBeGreaterThanOrEqual(0);
          expect(index).toBeLessThan(count);
        }
      }),
      { seed: 31, numRuns: 200 },
    );
  });
});

describe("nearestIndex and selectionBetween", () => {
  it("snaps a pointer to the nearest row", () => {
    expect(nearestIndex([2006, 2007, 2008], 2007.4)).toBe(1);
    expect(nearestIndex([2006, 2007, 2008], 1990)).toBe(0);
  });

  it("selects a point, or an ordered range between anchor and cursor", () => {
    expect(selectionBetween(rows, undefined, 1)).toEqual({ kind: "point", t: 2007, x: "2007" });
    expect(selectionBetween(rows, 1, 1)).toEqual({ kind: "point", t: 2007, x: "2007" });
    expect(selectionBetween(rows, 2, 0)).toEqual({ kind: "range", from: 2006, to: 2008 });
    expect(selectionBetween(rows, 0, 5)).toBeUndefined();
  });
});
