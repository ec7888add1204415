import { describe, expect, it } from "vitest";
import { BRIEF_URL } from "./brief-2009";
import { formatCitation } from "./citations";
import { headlineFigures } from "./headline-figures";

describe("headlineFigures", () => {
  it("shows the brief's four headline numbers with their period and sources", () => {
    const figures = headlineFigures();
    expect(figures.map((figure) => [figure.value, figure.period])).toEqual([
      ["+25%", "H1 2007 vs H1 2006"],
      ["+22%", "2006 vs 2005"],
      ["+155%", "2001 → 2007: the end year is inferred from the September 2007 report the figure comes from"],
      ["$400M", "Period not stated in the brief; appropriated for FY2008 (P.L. 110-252)"],
    ]);
    expect(figures[2]?.label).toMatch(/since 2001/);
    expect(figures[3]?.label).toContain("primarily for technical assistance and equipment to combat drug trafficking");
    expect(figures.map((figure) => figure.period).join(" ")).not.toMatch(/multi-year/);
    for (const figure of figures) expect(figure.sources[0]).toBe(BRIEF_URL);
    expect(formatCitation(figures[0]?.sources[1] ?? "").text).toMatch(/^McClatchy Newspapers, .*23 Sep 2007/);
    expect(figures[3]?.sources).toHaveLength(1);
  });
});
