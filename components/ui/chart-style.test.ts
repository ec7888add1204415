import { describe, expect, it } from "vitest";
import { lineColor, lineDash, lineMarker, markerPath, MARKER_SHAPES } from "./chart-style";

describe("the chart palette and marker set", () => {
  it("gives the first eight lines eight different shapes", () => {
    expect(new Set(Array.from({ length: 8 }, (_, index) => lineMarker(index))).size).toBe(8);
  });

  it("never repeats a colour-and-shape pair within 72 lines, nor a colour-and-dash pair within 81", () => {
    const marks = Array.from({ length: 72 }, (_, index) => `${lineColor(index)}|${lineMarker(index)}`);
    expect(new Set(marks).size).toBe(72);
    const dashes = Array.from({ length: 81 }, (_, index) => `${lineColor(index)}|${lineDash(index)}`);
    expect(new Set(dashes).size).toBe(81);
  });

  it("draws every shape as a closed path around its centre", () => {
    for (const shape of MARKER_SHAPES) {
      const path = markerPath(shape, 10, 10, 4);
      expect(path, shape).toMatch(/^M/);
      const numbers = [...path.matchAll(/-?\d+(\.\d+)?/g)].map((match) => Number(match[0]));
      expect(numbers.every(Number.isFinite), shape).toBe(true);
    }
  });
});
