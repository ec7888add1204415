import { describe, expect, it } from "vitest";
import { BUILT_IN_CHARTS, builtInSeries } from "./built-in-charts";
import { BUILT_IN_CHART_NAMES } from "./chart-names";
import { seriesSchema, type Series } from "./series";

function series(id: string): Series {
  const found = builtInSeries().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`missing series ${id}`);
  return found;
}

describe("built-in series", () => {
  it("are all valid and uniquely named", () => {
    const all = builtInSeries();
    expect(all.length).toBeGreaterThan(10);
    expect(new Set(all.map((s) => s.id)).size).toBe(all.length);
  });

  it("chart only series that exist, each chart in one unit", () => {
    for (const chart of BUILT_IN_CHARTS) {
      expect(chart.seriesIds.length).toBeGreaterThan(0);
      for (const id of chart.seriesIds) expect(series(id).unit).toBe(chart.unit);
    }
  });

  it("name the seven charts in the dashboard's order, each once", () => {
    expect(BUILT_IN_CHARTS.map((chart) => [chart.id, chart.title])).toEqual(
      BUILT_IN_CHART_NAMES.map((name) => [name.id, name.title]),
    );
    expect(new Set(BUILT_IN_CHARTS.map((chart) => chart.id)).size).toBe(7);
  });

  it("hold INEGI homicides 1990–2024 with 2017 and 2024 preliminary", () => {
    const inegi = series("inegi-homicides");
    expect(inegi.points[0]).toMatchObject({ x: "1990", y: 14493 });
    expect(inegi.points.at(-1)).toMatchObject({ x: "2024", y: 33241, flags: ["preliminary"] });
    const preliminary = inegi.points.filter((point) => point.flags.includes("preliminary")).map((point) => point.x);
    expect(preliminary).toEqual(["2017", "2024"]);
    expect(inegi.points).toHaveLength(35);
  });

  it("keep one line per killing count and flag partial years", () => {
    const federal = series("killings-federal-db");
    expect(federal.points.find((point) => point.x === "2011")).toMatchObject({
      y: 12903,
      flags: ["partial"],
      note: "Jan-Sep 2011 only",
    });
    expect(series("killings-reforma").points.map((point) => point.y)).toEqual([2120, 2280, 5153, 6587]);
  });

  it("keep every point's source", () => {
    for (const s of builtInSeries()) for (const point of s.points) expect(point.source ?? s.source).toBeTruthy();
  });
});

describe("series validation", () => {
  const valid = { id: "s", title: "S", unit: "count", xKind: "year", source: "src", description: "d" };

  it("rejects duplicate and out-of-order points, naming the point", () => {
    const duplicate = seriesSchema.safeParse({
      ...valid,
      points: [
        { x: "2001", t: 2001, y: 1, flags: [] },
        { x: "2001", t: 2001, y: 2, flags: [] },
      ],
    });
    expect(duplicate.success).toBe(false);
    expect(duplicate.error?.issues[0]?.path).toEqual(["points", 1, "x"]);
    const unordered = seriesSchema.safeParse({
      ...valid,
      points: [
        { x: "2002", t: 2002, y: 1, flags: [] },
        { x: "2001", t: 2001, y: 2, flags: [] },
      ],
    });
    expect(unordered.error?.issues[0]?.message).toBe("points must be in time order");
  });

  it("rejects non-finite values and unknown flags but accepts gaps", () => {
    const point = (extra: object) => ({ ...valid, points: [{ x: "2001", t: 2001, y: 1, flags: [], ...extra }] });
    expect(seriesSchema.safeParse(point({ y: Number.NaN })).success).toBe(false);
    expect(seriesSchema.safeParse(point({ flags: ["estimated"] })).success).toBe(false);
    expect(seriesSchema.safeParse(point({ y: null })).success).toBe(true);
  });
});
