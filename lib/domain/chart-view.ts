import type { ChartLine } from "./chart-data";
import type { ChartDefinition, Series } from "./series";
import { filterRange, indexPoints, logSafePoints, type YearRange } from "./series-transforms";

export type ValueScale = "linear" | "log";

/** The page-wide view settings every trend chart follows. */
export interface ViewSettings {
  /** Null shows every year a chart has. */
  range: YearRange | null;
  scale: ValueScale;
  indexed: boolean;
  baseYear: number;
}

export interface ChartView {
  /** The figures as published, inside the range: for the table, the summary and the CSV. */
  figures: ChartLine[];
  /** What is drawn, over the chart's whole span (the range only moves the axis and brush). */
  plotted: ChartLine[];
  /** Indexing applies to counts and rates, never to growth rates, which are already relative. */
  indexed: boolean;
  /** The log scale applies to count charts only. */
  log: boolean;
  /** Lines left out of the indexed view, with the reason shown beside the chart. */
  notIndexed: { key: string; label: string; reason: string }[];
  /** Figures a log axis cannot draw (zero or negative), shown as gaps and counted beside the chart. */
  logGaps: number;
}

function linesOf(chart: ChartDefinition, series: readonly Series[]): ChartLine[] {
  const found = chart.seriesIds.flatMap((id) => series.filter((candidate) => candidate.id === id).slice(0, 1));
  return found.map((item, styleIndex) => ({
    key: item.id,
    label: item.title,
    points: item.points,
    source: item.source,
    styleIndex,
  }));
}

/** Applies the page's view settings to one chart's series. */
export function chartView(chart: ChartDefinition, series: readonly Series[], settings: ViewSettings): ChartView {
  const lines = linesOf(chart, series);
  const { range } = settings;
  const figures = range ? lines.map((line) => ({ ...line, points: filterRange(line.points, range) })) : lines;
  const indexed = settings.indexed && chart.unit !== "percent_change";
  const log = settings.scale === "log" && chart.unit === "count";
  const notIndexed: ChartView["notIndexed"] = [];
  let logGaps = 0;
  const plotted = lines.flatMap((line) => {
    let points = [...line.points];
    if (indexed) {
      const result = indexPoints(points, settings.baseYear);
      if (!result.ok) {
        const reason =
          result.reason === "no-base-value"
            ? `no figure for ${settings.baseYear}`
            : `its ${settings.baseYear} figure is zero or less`;
        notIndexed.push({ key: line.key, label: line.label, reason });
        return [];
      }
      points = result.points;
    }
    if (log) {
      const safe = logSafePoints(points);
      logGaps += safe.dropped.length;
      points = safe.points;
    }
    return [{ ...line, points }];
  });
  return { figures, plotted, indexed, log, notIndexed, logGaps };
}
