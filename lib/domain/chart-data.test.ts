import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_CHARTS, builtInSeries } from "./built-in-charts";
import { chartRows, flagText, formatValue, niceTicks, yearTicks } from "./chart-data";

describe("niceTicks", () => {
  it("gives round ticks for the homicide counts", () => {
    expect(niceTicks([14493, 36773, 8867])).toEqual([0, 10000, 20000, 30000, 40000]);
  });

  it("covers every value and zero with an even step of 1, 2 or 5 times a power of ten", () => {
    // Figures in the data set have at most two decimals.
    const value = fc.integer({ min: -1e9, max: 1e9 }).map((cents) => cents / 100);
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 40 }), (values) => {
        const ticks = niceTicks(values);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks).toContain(0);
        expect(ticks[0]).toBeLessThanOrEqual(Math.min(0, ...values));
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(Math.max(0, ...values));
        const step = ticks[1]! - ticks[0]!;
        const mantissa = step / 10 ** Math.floor(Math.log10(step));
        expect([1, 2, 5, 10].some((factor) => Math.abs(mantissa - factor) < 1e-9)).toBe(true);
        ticks.slice(1).forEach((tick, index) => expect(tick - ticks[index]!).toBeCloseTo(step, 6));
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe("chartRows", () => {
  it("aligns lines by time and leaves skipped years as gaps", () => {
    const rows = chartRows(
      [
        {
          key: "a",
          label: "A",
          points: [
            { x: "2001", t: 2001, y: 1, flags: [] },
            { x: "2004", t: 2004, y: 4, flags: [] },
          ],
        },
        { key: "b", label: "B", points: [{ x: "2002", t: 2002, y: 2, flags: ["partial"], note: "H1 only" }] },
      ],
      true,
    );
    expect(rows.map((row) => [row.x, row.values, row.alone])).toEqual([
      ["2001", { a: 1 }, {}],
      ["2002", { b: null }, { b: 2 }],
      ["2003", {}, {}],
      ["2004", { a: 4 }, {}],
    ]);
    expect(flagText(rows[1]!.points["b"]!)).toBe("partial year: H1 only");
  });
});

describe("formatValue", () => {
  it("formats each unit and says when there is no figure", () => {
    expect(formatValue(36773, "count")).toBe("36,773");
    expect(formatValue(25.6, "per_100k")).toBe("25.6 per 100k");
    expect(formatValue(22.45, "percent_change")).toBe("+22.5%");
    expect(formatValue(null, "count")).toBe("no figure");
  });
});

describe("yearTicks", () => {
  it("labels round years", () => {
    expect(yearTicks(1990, 2024)).toEqual([1990, 1995, 2000, 2005, 2010, 2015, 2020]);
    expect(yearTicks(2007, 2010 + 2 / 12)).toEqual([2007, 2008, 2009, 2010]);
    expect(yearTicks(2006.5, 2006.9)).toEqual([]);
  });

  it("stays inside the span, evenly spaced, never more than asked", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1800, max: 2100 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 2, max: 12 }),
        (from, length, max) => {
          const ticks = yearTicks(from, from + length, max);
          expect(ticks.length).toBeLessThanOrEqual(max);
          expect(ticks.length).toBeGreaterThan(0);
          ticks.forEach((tick) => expect(tick >= from && tick <= from + length).toBe(true));
          const step = (ticks[1] ?? 0) - (ticks[0] ?? 0);
          ticks.slice(1).forEach((tick, index) => expect(tick - ticks[index]!).toBe(step));
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });
});

describe("the partial-year rule", () => {
  it("keeps every part-period figure of the built-in data off the lines, as a point of its own", () => {
    for (const chart of BUILT_IN_CHARTS) {
      const lines = chart.seriesIds.map((id) => {
        const series = builtInSeries().find((candidate) => candidate.id === id)!;
        return { key: id, label: series.title, points: series.points };
      });
      for (const row of chartRows(lines, true)) {
        for (const [key, point] of Object.entries(row.points)) {
          if (point.flags.includes("partial")) {
            expect(row.values[key], `${key} ${point.x}`).toBeNull();
            expect(row.alone[key]).toBe(point.y);
          } else {
            expect(row.values[key]).toBe(point.y);
          }
        }
      }
    }
  });

  it("draws the federal database's Dec 2006 and Jan–Sep 2011 figures as separate points", () => {
    const federal = builtInSeries().find((series) => series.id === "killings-federal-db")!;
    const rows = chartRows([{ key: "f", label: "F", points: federal.points }], true);
    const at = (x: string) => rows.find((row) => row.x === x)!;
    expect([at("2006").values["f"], at("2006").alone["f"]]).toEqual([null, 62]);
    expect([at("2011").values["f"], at("2011").alone["f"]]).toEqual([null, 12903]);
    expect(at("2007").values["f"]).toBe(2826);
    expect(at("2010").values["f"]).toBe(15273);
  });
});
