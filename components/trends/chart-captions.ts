import type { ChartView } from "@/lib/domain/chart-view";
import type { ChartDefinition, Series } from "@/lib/domain/series";
import type { TrendView } from "./trend-view";

/** How finely a chart's figures are dated; "mixed" when its series differ. */
export type ChartGranularity = "year" | "month" | "day" | "mixed";

/**
 * Reported periods ("2005-2006") count as yearly: they sit on the year axis, and a year
 * between two periods is a gap. Only a yearly chart gets a row for every missing year.
 */
export function chartGranularity(kinds: readonly Series["xKind"][]): ChartGranularity {
  const found = new Set(kinds.map((kind) => (kind === "period" ? "year" : kind === "date" ? "day" : kind)));
  const [only] = found;
  return found.size === 1 && only ? only : found.size === 0 ? "year" : "mixed";
}

const COUNT_CAPTION: Record<ChartGranularity, string> = {
  year: "Count per year",
  month: "Count per month",
  day: "Count per day",
  mixed: "Count",
};

/** What the value axis measures, in words: the axis itself only carries numbers. */
export function unitCaption(
  chart: ChartDefinition,
  view: TrendView,
  result: ChartView,
  granularity: ChartGranularity,
): string {
  const scale = result.log ? " · log scale" : "";
  if (result.indexed) return `Index, ${view.baseYear} = 100${scale}`;
  if (chart.unit === "per_100k") return "Rate per 100,000 people";
  if (chart.unit === "percent_change") return "Growth over the period shown, %";
  return `${COUNT_CAPTION[granularity]}${scale}`;
}

/** Why some of the page's settings do not apply to this chart, or leave lines or points out. */
export function chartNotes(chart: ChartDefinition, view: TrendView, result: ChartView): string[] {
  const notes: string[] = [];
  if (view.indexed && !result.indexed) notes.push("Growth rates are already relative: shown as reported, not indexed.");
  for (const reason of new Set(result.notIndexed.map((line) => line.reason))) {
    const labels = result.notIndexed.filter((line) => line.reason === reason).map((line) => line.label);
    notes.push(`Not shown indexed (${reason}): ${labels.join(", ")}.`);
  }
  if (view.scale === "log" && !result.log && chart.unit !== "count")
    notes.push("Linear scale: the log scale applies to counts.");
  if (result.logGaps > 0) {
    notes.push(
      `${result.logGaps} figure${result.logGaps === 1 ? "" : "s"} of zero or less cannot be drawn on a log scale.`,
    );
  }
  return notes;
}
