import type { ChartView } from "@/lib/domain/chart-view";
import type { ChartDefinition } from "@/lib/domain/series";
import type { TrendView } from "./trend-view";

/** What the value axis measures, in words: the axis itself only carries numbers. */
export function unitCaption(chart: ChartDefinition, view: TrendView, result: ChartView, yearly: boolean): string {
  const scale = result.log ? " · log scale" : "";
  if (result.indexed) return `Index, ${view.baseYear} = 100${scale}`;
  if (chart.unit === "per_100k") return "Rate per 100,000 people";
  if (chart.unit === "percent_change") return "Growth over the period shown, %";
  return `${yearly ? "Count per year" : "Count per month"}${scale}`;
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
