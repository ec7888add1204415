"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { BUILT_IN_CHARTS } from "@/lib/domain/series";
import { yearBounds } from "@/lib/domain/series-transforms";
import { seriesQuery } from "@/lib/client/series-query";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { AnnotatedTrendChart } from "./annotations/annotated-trend-chart";
import { HeadlineFigures } from "./headline-figures";
import { YourSeries } from "./series-import/your-series";
import { TrendControls } from "./trend-controls";
import { DEFAULT_BASE_YEAR, TrendViewProvider } from "./trend-view";

export function CrimeTrends() {
  const series = useQuery(seriesQuery());
  const bounds = useMemo(
    () =>
      yearBounds((series.data ?? []).flatMap((item) => item.points)) ?? {
        from: DEFAULT_BASE_YEAR,
        to: DEFAULT_BASE_YEAR,
      },
    [series.data],
  );
  return (
    // The provider wraps the whole panel so every chart in it, built-in or imported, shares one view.
    <TrendViewProvider bounds={bounds}>
      <Panel
        headingId="trends-heading"
        title="Crime trends"
        description={"Each line keeps its own source; lines from different sources are never merged."}
      >
        <HeadlineFigures />
        {series.isPending ? (
          <div role="status" aria-label="Loading charts" className="grid gap-4 p-4 md:grid-cols-2">
            {[0, 1].map((index) => (
              <div key={index} className="h-72 animate-pulse rounded-md bg-canvas" />
            ))}
          </div>
        ) : series.isError ? (
          <div role="alert" className="m-4 rounded-md bg-danger-soft px-3 py-3 text-sm text-danger">
            <p>
              The crime-trend data could not be loaded:{" "}
              {series.error instanceof Error ? series.error.message : "unknown error"}
            </p>
            <Button className="mt-2" onClick={() => void series.refetch()}>
              Retry
            </Button>
          </div>
        ) : (
          <>
            <TrendControls />
            <div className="grid gap-4 p-4 xl:grid-cols-2">
              {BUILT_IN_CHARTS.map((chart) => (
                <AnnotatedTrendChart key={chart.id} chart={chart} series={series.data} />
              ))}
            </div>
          </>
        )}
        <YourSeries />
      </Panel>
    </TrendViewProvider>
  );
}
