import { describe, expect, it } from "vitest";
import { compactPeriods, pointNotes, pointSourceGroups } from "./chart-sources";
import type { SeriesPoint } from "./series";

function point(x: string, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return { x, t: Number(x.slice(0, 4)), y: 1, flags: [], ...extra };
}

describe("compactPeriods", () => {
  it("collapses runs of years and keeps other labels", () => {
    expect(compactPeriods(["1990", "1991", "1992", "1994", "2005-2006", "2007", "2008"])).toBe(
      "1990–1992, 1994, 2005-2006, 2007–2008",
    );
    expect(compactPeriods([])).toBe("");
  });
});

describe("pointSourceGroups and pointNotes", () => {
  it("groups points by citation and lists flagged points with their note", () => {
    const points = [
      point("2009", { source: "A" }),
      point("2010", { source: "A" }),
      point("2011", { source: "B", flags: ["partial"], note: "Jan–Sep 2011 only" }),
      point("2012", { note: "revised" }),
    ];
    expect(pointSourceGroups(points)).toEqual([
      { source: "A", periods: "2009–2010" },
      { source: "B", periods: "2011" },
    ]);
    expect(pointNotes(points)).toEqual(["2011: partial year: Jan–Sep 2011 only", "2012: revised"]);
  });
});

describe("pointNotes", () => {
  it("gives neighbouring points with the same note one line, and keeps separate runs apart", () => {
    const approximate = { flags: ["approximate" as const], note: "read off a chart" };
    const points = [
      point("2007-01", approximate),
      point("2007-02", approximate),
      point("2007-03", approximate),
      point("2007-04"),
      point("2007-05", approximate),
      point("2007-06", { note: "revised" }),
    ];
    expect(pointNotes(points)).toEqual([
      "2007-01 to 2007-03, 2007-05: approximate: read off a chart",
      "2007-06: revised",
    ]);
  });
});
