"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import type { ChartDefinition } from "@/lib/domain/series";
import { yearBounds } from "@/lib/domain/series-transforms";
import { seriesQuery } from "@/lib/client/series-query";
import { Button } from "@/components/ui/button";
import { AnnotatedTrendChart } from "@/components/trends/annotations/annotated-trend-chart";
import { DEFAULT_BASE_YEAR, TrendViewProvider } from "@/components/trends/trend-view";

/** One crime-trend chart with its annotations, filling the slide. */
export function ChartSlide({ chart }: { chart: ChartDefinition }) {
  const series = useQuery(seriesQuery());
  const bounds = useMemo(
    () =>
      yearBounds((series.data ?? []).flatMap((item) => item.points)) ?? {
        from: DEFAULT_BASE_YEAR,
        to: DEFAULT_BASE_YEAR,
      },
    [series.data],
  );
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
        <AnnotatedTrendChart chart={chart} series={series.data} />
      </div>
    </TrendViewProvider>
  );
}
