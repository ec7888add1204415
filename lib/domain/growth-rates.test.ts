import { describe, expect, it } from "vitest";
import { BUILT_IN_CHARTS, builtInSeries } from "./built-in-charts";
import { growthRates } from "./growth-rates";

const chart = BUILT_IN_CHARTS.find((candidate) => candidate.id === "federal-crime-growth")!;

describe("growthRates", () => {
  const rates = growthRates(builtInSeries(), chart.seriesIds);

  it("lists every reported rate with its period, what it measures and its source, by period", () => {
    expect(rates.map((rate) => [rate.value, rate.comparison])).toEqual([
      [9.8, "2005 over 2004 (one year)"],
      [68.37, "2007 over 2004 (3 years, cumulative)"],
      [22.45, "2006 over 2005 (one year)"],
      [22, "2006 over 2005 (one year)"],
      [25, "first half of 2007 over first half of 2006"],
      [25.23, "2007 over 2006 (one year)"],
      [0.6, "2011 over 2010 (one year)"],
    ]);
    for (const rate of rates) {
      expect(rate.measures).not.toBe("");
      expect(rate.source).toMatch(/^https?:\/\//);
    }
  });

  it("marks the two rates the brief quotes", () => {
    expect(rates.filter((rate) => rate.inBrief).map((rate) => rate.value)).toEqual([22, 25]);
  });
});
