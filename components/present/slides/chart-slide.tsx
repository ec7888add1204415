"use client";

import type { ChartDefinition } from "@/lib/domain/series";
import { Button } from "@/components/ui/button";
import { AnnotatedTrendChart } from "@/components/trends/annotations/annotated-trend-chart";
import { GrowthTable } from "@/components/trends/growth-table";
import { TrendViewProvider } from "@/components/trends/trend-view";
import { useTrendSeries } from "@/components/trends/use-trend-series";

/** One crime-trend chart with its annotations, filling the slide. */
export function ChartSlide({ chart }: { chart: ChartDefinition }) {
  const { series, bounds } = useTrendSeries();
  if (series.isPending)
    return <div role="status" aria-label="Loading the chart" className="h-96 rounded-lg bg-surface" />;
  if (series.isError) {
    return (
      <div role="alert" className="rounded-md bg-danger-soft p-4 text-danger">
        <p>The crime-trend data could not be loaded. Check the connection, then try again.</p>
        <Button className="mt-2" onClick={() => void series.refetch()}>
          Retry
        </Button>
      </div>
    );
  }
  return (
    <TrendViewProvider bounds={bounds}>
      <div className="rounded-lg bg-surface">
        {/* Growth rates of different periods are a table everywhere, never one line on an axis. */}
        {chart.display === "growth-table" ? (
          <GrowthTable chart={chart} series={series.data} />
        ) : (
          <AnnotatedTrendChart chart={chart} series={series.data} />
        )}
      </div>
    </TrendViewProvider>
  );
}
