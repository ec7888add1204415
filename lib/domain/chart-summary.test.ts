import { describe, expect, it } from "vitest";
import { summarizeChart, summarizeLine } from "./chart-summary";
import { builtInSeries } from "./built-in-charts";
import type { SeriesPoint } from "./series";

function point(year: number, y: number | null, flags: SeriesPoint["flags"] = []): SeriesPoint {
  return { x: String(year), t: year, y, flags };
}

describe("summarizeLine", () => {
  it("states the INEGI homicide trend from the data", () => {
    const inegi = builtInSeries().find((series) => series.id === "inegi-homicides")!;
    expect(summarizeLine({ key: inegi.id, label: "INEGI homicides", points: inegi.points }, "count")).toBe(
      "INEGI homicides rose from 14,493 in 1990 to 33,241 in 2024 (preliminary); peak 36,773 in 2020; low 8,867 in 2007.",
    );
  });

  it("says fell, skips gaps and omits a peak that is an end point", () => {
    const line = {
      key: "a",
      label: "A",
      points: [point(2001, 30), point(2002, null), point(2003, 20, ["preliminary"])],
    };
    expect(summarizeLine(line, "count")).toBe("A fell from 30 in 2001 to 20 in 2003 (preliminary).");
  });

  it("never starts or ends a rise or fall at a part-period figure, and lists those apart", () => {
    const federal = builtInSeries().find((series) => series.id === "killings-federal-db")!;
    const text = summarizeLine({ key: federal.id, label: "Federal database", points: federal.points }, "count");
    expect(text).toBe(
      "Federal database rose from 2,826 in 2007 to 15,273 in 2010. Part-period figures, not compared: 62 in 2006 (Dec 2006 only); 12,903 in 2011 (Jan-Sep 2011 only).",
    );
    expect(text).not.toMatch(/from 62/);
    const alone = { key: "b", label: "B", points: [{ ...point(2010, 5, ["partial"]), note: "H1 only" }] };
    expect(summarizeLine(alone, "count")).toBe("B: Part-period figures, not compared: 5 in 2010 (H1 only).");
  });

  it("handles one figure and none", () => {
    expect(summarizeLine({ key: "a", label: "A", points: [point(2008, 22.45)] }, "percent_change")).toBe(
      "A: +22.5% in 2008.",
    );
    expect(summarizeLine({ key: "a", label: "A", points: [point(2008, null)] }, "count")).toBe(
      "A: no figures in this range.",
    );
  });

  it("joins one sentence per line", () => {
    const lines = [
      { key: "a", label: "A", points: [point(2001, 1), point(2002, 1)] },
      { key: "b", label: "B", points: [point(2001, 1), point(2002, 2)] },
    ];
    expect(summarizeChart(lines, "count")).toBe(
      "A was level from 1 in 2001 to 1 in 2002. B rose from 1 in 2001 to 2 in 2002.",
    );
  });
});
