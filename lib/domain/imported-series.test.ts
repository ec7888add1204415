import { describe, expect, it } from "vitest";
import { importCsv } from "./csv-import";
import { assembleImportedSeries } from "./imported-series";

const meta = { id: "imp-1", addedBy: { participantId: "p1", name: "Ana" }, addedAt: 1_700_000_000_000 };

function clean(text: string) {
  const result = importCsv(text);
  if (!result.ok) throw new Error(result.problems[0]?.message);
  return result;
}

describe("assembleImportedSeries", () => {
  it("keeps the given source and describes the points when no description is given", () => {
    const result = assembleImportedSeries(
      { title: "Homicides", unit: "count", source: "INEGI" },
      clean("year,value\n2008,14006\n2009,19803\n"),
      meta,
    );
    expect(result).toEqual({
      ok: true,
      series: expect.objectContaining({
        id: "imp-1",
        title: "Homicides",
        xKind: "year",
        source: "INEGI",
        description: "Imported from CSV: 2 yearly figures, 2008 to 2009.",
        addedBy: { participantId: "p1", name: "Ana" },
        addedAt: 1_700_000_000_000,
      }),
    });
  });

  it("takes the series source from the rows when every row has one", () => {
    const rows = "date,value,source\n2008-01,1,Reforma\n2008-02,2,Milenio\n2008-03,3,Reforma\n";
    const result = assembleImportedSeries({ title: "Monthly", unit: "count" }, clean(rows), meta);
    expect(result.ok && result.series.source).toBe("Reforma; Milenio");
  });

  it("asks for a source when some row has none", () => {
    const rows = "year,value,source\n2008,1,INEGI\n2009,2,\n";
    expect(assembleImportedSeries({ title: "T", unit: "count" }, clean(rows), meta)).toMatchObject({
      ok: false,
      field: "source",
    });
  });

  it("gives what docs/api.md shows for its example CSV", () => {
    const result = assembleImportedSeries(
      { title: "Homicides, INEGI (team copy)", unit: "count", source: "INEGI" },
      clean("Year,Value,Notes\n2009,19803,\n2008,14006,\n2010,,not yet copied\n"),
      meta,
    );
    expect(result.ok && result.series.description).toBe("Imported from CSV: 3 yearly figures, 2008 to 2010.");
    expect(result.ok && result.series.points).toEqual([
      { x: "2008", t: 2008, y: 14006, flags: [] },
      { x: "2009", t: 2009, y: 19803, flags: [] },
      { x: "2010", t: 2010, y: null, flags: [], note: "not yet copied" },
    ]);
  });
});
