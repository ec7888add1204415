import { describe, expect, it } from "vitest";
import { BUILT_IN_CHARTS, builtInSeries } from "./built-in-charts";
import { formatCitation } from "./citations";
import type { Series } from "./series";

function series(id: string): Series {
  const found = builtInSeries().find((candidate) => candidate.id === id);
  if (!found) throw new Error(`missing series ${id}`);
  return found;
}

const chart = (id: string) => BUILT_IN_CHARTS.find((candidate) => candidate.id === id)!;

describe("caveats of the built-in figures", () => {
  it("flag every monthly Reforma figure approximate, with how far its year is from Reforma's total", () => {
    const reforma = series("reforma-monthly").points.filter((point) => point.y !== null);
    expect(reforma.every((point) => point.flags.includes("approximate"))).toBe(true);
    const note = (x: string) => reforma.find((point) => point.x === x)?.note;
    expect(note("2007-05")).toMatch(/months sum to 2,196, Reforma's annual total is 2,280/);
    expect(note("2008-05")).toMatch(/months sum to 5,231, Reforma's annual total is 5,153/);
    expect(note("2009-05")).toMatch(/months sum to 6,574, Reforma's annual total is 6,587/);
    expect(series("milenio-monthly").points.find((point) => point.x === "2009-01")?.flags).toEqual([]);
  });

  it("flag the counts known to miss cases as incomplete", () => {
    const flagged = (id: string, x: string) => series(id).points.find((point) => point.x === x);
    expect(flagged("killings-reforma", "2009")).toMatchObject({
      flags: ["incomplete"],
      note: expect.stringMatching(/Chihuahua/),
    });
    expect(flagged("milenio-monthly", "2009-11")).toMatchObject({
      flags: ["incomplete"],
      note: expect.stringMatching(/about 200/),
    });
    const cieisp = builtInSeries().find((item) => item.title.startsWith("SNSP CIEISP"))!;
    expect(flagged(cieisp.id, "2008")?.flags).toEqual(["incomplete"]);
  });

  it("show El Economista's 2009 figure as Reforma's count, not as a source of its own", () => {
    expect(builtInSeries().some((item) => /economista/i.test(item.title))).toBe(false);
    expect(chart("drug-war-killings").seriesIds).not.toContain("killings-el-economista");
    const reforma2009 = series("killings-reforma").points.find((point) => point.x === "2009")!;
    expect(reforma2009.y).toBe(6587);
    expect(formatCitation(reforma2009.source!).text).toMatch(/the same count is cited by El Economista/);
  });
});

describe("kidnapping series", () => {
  const kidnappings = chart("kidnappings").seriesIds.map(series);

  it("are named by what they count and the release they come from, each name once", () => {
    const titles = kidnappings.map((item) => item.title);
    expect(new Set(titles).size).toBe(titles.length);
    for (const title of titles) expect(title).toMatch(/as (published|quoted)|each year's file/);
  });

  it("cite each year of the CIEISP line by its own year's file", () => {
    const cieisp = kidnappings.find((item) => item.title.startsWith("SNSP CIEISP"))!;
    const cited = cieisp.points.map((point) => formatCitation(point.source!).text);
    expect(cieisp.points.map((point) => point.x)).toEqual(["2002", "2003", "2004", "2005", "2006", "2007", "2008"]);
    cited.forEach((text, index) => expect(text).toContain(`BD0${index + 2}.TXT.bz2`));
    expect(new Set(cited).size).toBe(7);
  });
});
