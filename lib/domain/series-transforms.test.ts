import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { SeriesPoint } from "./series";
import {
  clampRange,
  filterRange,
  inRange,
  indexPoints,
  logSafePoints,
  logTicks,
  yearBounds,
} from "./series-transforms";

function point(t: number, y: number | null): SeriesPoint {
  return { x: String(t), t, y, flags: [] };
}

const yearlySeries = fc
  .uniqueArray(fc.integer({ min: 1980, max: 2030 }), { minLength: 1, maxLength: 40 })
  .chain((years) =>
    fc.tuple(
      fc.constant([...years].sort((a, b) => a - b)),
      // Figures in the data set have at most two decimals.
      fc.array(
        fc.option(
          fc.integer({ min: -1e8, max: 1e9 }).map((cents) => cents / 100),
          { nil: null },
        ),
        {
          minLength: years.length,
          maxLength: years.length,
        },
      ),
    ),
  )
  .map(([years, values]) => years.map((year, index) => point(year, values[index] ?? null)));

const range = fc
  .tuple(fc.integer({ min: 1980, max: 2030 }), fc.integer({ min: 1980, max: 2030 }))
  .map(([a, b]) => ({ from: Math.min(a, b), to: Math.max(a, b) }));

describe("filterRange", () => {
  it("keeps every month of the last year", () => {
    const months = [2009, 2009 + 11 / 12, 2010].map((t) => point(t, 1));
    expect(filterRange(months, { from: 2008, to: 2009 }).map((p) => p.t)).toEqual([2009, 2009 + 11 / 12]);
  });

  it("keeps exactly the points inside the range, in order", () => {
    fc.assert(
      fc.property(yearlySeries, range, (points, years) => {
        const kept = filterRange(points, years);
        expect(kept).toEqual(points.filter((p) => p.t >= years.from && p.t <= years.to));
        expect(points.filter((p) => !kept.includes(p)).every((p) => !inRange(p.t, years))).toBe(true);
      }),
      { seed: 11, numRuns: 300 },
    );
  });
});

describe("yearBounds and clampRange", () => {
  it("spans the whole years of the points", () => {
    expect(yearBounds([point(2007.5, 1), point(1990, 2)])).toEqual({ from: 1990, to: 2007 });
    expect(yearBounds([])).toBeUndefined();
  });

  it("always returns an ordered range inside the bounds", () => {
    fc.assert(
      fc.property(range, fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1900, max: 2100 }), (bounds, a, b) => {
        const clamped = clampRange({ from: a, to: b }, bounds);
        expect(clamped.from).toBeLessThanOrEqual(clamped.to);
        expect(clamped.from).toBeGreaterThanOrEqual(bounds.from);
        expect(clamped.to).toBeLessThanOrEqual(bounds.to);
      }),
      { seed: 12, numRuns: 300 },
    );
  });
});

describe("indexPoints", () => {
  it("puts the base year at 100 and scales the rest", () => {
    const result = indexPoints([point(2005, 50), point(2006, 200), point(2007, null), point(2008, 300)], 2006);
    expect(result).toEqual({
      ok: true,
      base: 200,
      points: [point(2005, 25), point(2006, 100), point(2007, null), point(2008, 150)],
    });
  });

  it("uses the mean of a monthly series' base year", () => {
    const months = [point(2008, 100), point(2008 + 1 / 12, 300), point(2009, 400)];
    const result = indexPoints(months, 2008);
    expect(result.ok && result.points.map((p) => p.y)).toEqual([50, 150, 200]);
  });

  it("says why a series cannot be indexed", () => {
    expect(indexPoints([point(2005, 10), point(2006, null)], 2006)).toEqual({ ok: false, reason: "no-base-value" });
    expect(indexPoints([point(2005, 10)], 2006)).toEqual({ ok: false, reason: "no-base-value" });
    expect(indexPoints([point(2006, 0)], 2006)).toEqual({ ok: false, reason: "base-not-positive" });
  });

  it("reads exactly 100 at the base point and keeps every ratio", () => {
    fc.assert(
      fc.property(yearlySeries, fc.nat(), (points, pick) => {
        const base = points[pick % points.length]!;
        const result = indexPoints(points, base.t);
        if (base.y === null || !(base.y > 0)) {
          expect(result.ok).toBe(false);
          return;
        }
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.points[pick % points.length]!.y).toBe(100);
        result.points.forEach((indexed, i) => {
          const original = points[i]!;
          expect(indexed.x).toBe(original.x);
          if (original.y === null) expect(indexed.y).toBeNull();
          else
            expect(Math.abs(indexed.y! / 100 - original.y / base.y!)).toBeLessThan(
              1e-9 * Math.max(1, Math.abs(indexed.y! / 100)),
            );
        });
      }),
      { seed: 13, numRuns: 300 },
    );
  });
});

describe("logSafePoints", () => {
  it("turns zero, negative and missing values into gaps and lists the ones it dropped", () => {
    const { points, dropped } = logSafePoints([point(1, 0), point(2, -3), point(3, null), point(4, 5)]);
    expect(points.map((p) => p.y)).toEqual([null, null, null, 5]);
    expect(dropped.map((p) => p.t)).toEqual([1, 2]);
  });

  it("never leaves a value a log axis cannot draw", () => {
    fc.assert(
      fc.property(yearlySeries, (series) => {
        const { points } = logSafePoints(series);
        expect(points.every((p) => p.y === null || p.y > 0)).toBe(true);
        expect(points).toHaveLength(series.length);
      }),
      { seed: 14, numRuns: 200 },
    );
  });
});

describe("logTicks", () => {
  it("labels the homicide counts with 1-2-5 steps", () => {
    expect(logTicks([8867, 14493, 36773])).toEqual([5000, 10000, 20000, 50000]);
  });

  it("falls back to powers of ten over many decades", () => {
    expect(logTicks([3, 69107])).toEqual([1, 10, 100, 1000, 10000, 100000]);
  });

  it("covers every positive value with increasing ticks", () => {
    const value = fc.double({ min: 1e-3, max: 1e9, noNaN: true });
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 30 }), (values) => {
        const ticks = logTicks([...values, 0, -5]);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks[0]).toBeLessThanOrEqual(Math.min(...values));
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(...values));
        ticks.slice(1).forEach((tick, i) => expect(tick).toBeGreaterThan(ticks[i]!));
      }),
      { seed: 15, numRuns: 300 },
    );
  });
});
