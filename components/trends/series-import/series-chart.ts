import type { ImportedSeries } from "@/lib/domain/imported-series";
import type { ChartDefinition, SeriesUnit } from "@/lib/domain/series";

export const UNIT_LABEL: Record<SeriesUnit, string> = {
  count: "Count",
  per_100k: "Rate per 100,000 people",
  percent_change: "Percent change",
};

/** An imported series gets a chart of its own, drawn like the built-in ones. */
export function chartFor(series: ImportedSeries): ChartDefinition {
  return {
    id: series.id,
    title: series.title,
    unit: series.unit,
    description: series.description,
    seriesIds: [series.id],
  };
}

const ADDED_AT = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatAddedAt(at: number): string {
  return ADDED_AT.format(new Date(at));
}
