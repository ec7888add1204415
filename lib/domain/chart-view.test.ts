import { describe, expect, it } from "vitest";
import { chartView, type ViewSettings } from "./chart-view";
import { BUILT_IN_CHARTS, builtInSeries } from "./built-in-charts";
import type { ChartDefinition } from "./series";

const LINEAR: ViewSettings = { range: null, scale: "linear", indexed: false, baseYear: 2006 };

function chart(id: string): ChartDefinition {
  return BUILT_IN_CHARTS.find((candidate) => candidate.id === id)!;
}

describe("chartView", () => {
  it("narrows the figures to the range but plots the whole span", () => {
    const view = chartView(chart("homicides"), builtInSeries(), { ...LINEAR, range: { from: 2008, to: 2009 } });
    expect(view.figures[0]?.points.map((point) => point.x)).toEqual(["2008", "2009"]);
    expect(view.plotted[0]?.points).toHaveLength(35);
    expect(view.figures[0]?.source).toMatch(/^INEGI/);
  });

  it("indexes counts to the base year and names the lines without a figure there", () => {
    const view = chartView(chart("drug-war-killings"), builtInSeries(), { ...LINEAR, indexed: true, baseYear: 2006 });
    expect(view.indexed).toBe(true);
    for (const line of view.plotted) {
      expect(line.points.find((point) => point.x === "2006")?.y).toBe(100);
    }
    expect(view.notIndexed.length).toBeGreaterThan(0);
    expect(view.notIndexed[0]?.reason).toBe("no figure for 2006");
    expect(view.plotted.length + view.notIndexed.length).toBe(chart("drug-war-killings").seriesIds.length);
    // A line keeps its colour and dash when lines before it are left out.
    const styles = new Map(view.figures.map((line) => [line.key, line.styleIndex]));
    for (const line of view.plotted) expect(line.styleIndex).toBe(styles.get(line.key));
    expect(view.plotted.map((line) => line.styleIndex)).not.toEqual(view.plotted.map((_, index) => index));
  });

  it("never indexes growth rates or puts them on a log scale", () => {
    const view = chartView(chart("federal-crime-growth"), builtInSeries(), { ...LINEAR, indexed: true, scale: "log" });
    expect(view.indexed).toBe(false);
    expect(view.log).toBe(false);
    expect(view.notIndexed).toEqual([]);
  });

  it("applies the log scale to counts only", () => {
    expect(chartView(chart("homicides"), builtInSeries(), { ...LINEAR, scale: "log" }).log).toBe(true);
    expect(chartView(chart("homicide-rate"), builtInSeries(), { ...LINEAR, scale: "log" }).log).toBe(false);
  });

  it("skips series a chart names but the data set lacks", () => {
    const view = chartView(
      { ...chart("homicides"), seriesIds: ["missing", "inegi-homicides"] },
      builtInSeries(),
      LINEAR,
    );
    expect(view.plotted.map((line) => line.key)).toEqual(["inegi-homicides"]);
  });
});
