"use client";

import { BUILT_IN_CHARTS } from "@/lib/domain/built-in-charts";
import { Button } from "@/components/ui/button";
import { AnnotatedTrendChart } from "./annotations/annotated-trend-chart";
import { GrowthTable } from "./growth-table";
import { HeadlineFigures } from "./headline-figures";
import { YourSeries } from "./series-import/your-series";
import { TrendControls } from "./trend-controls";
import { TrendViewProvider } from "./trend-view";
import { useTrendSeries } from "./use-trend-series";
import { ChartsPlaceholder, TrendsPanel } from "./trends-panel";

export function CrimeTrends() {
  const { series, bounds } = useTrendSeries();
  return (
    // The provider wraps the whole panel so every chart in it, built-in or imported, shares one view.
    <TrendViewProvider bounds={bounds}>
      <TrendsPanel>
        <HeadlineFigures />
        {series.isPending ? (
          <ChartsPlaceholder label="Loading charts" />
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
              {BUILT_IN_CHARTS.map((chart) =>
                chart.display === "growth-table" ? (
                  <GrowthTable key={chart.id} chart={chart} series={series.data} />
                ) : (
                  <AnnotatedTrendChart key={chart.id} chart={chart} series={series.data} />
                ),
              )}
            </div>
          </>
        )}
        <YourSeries />
      </TrendsPanel>
    </TrendViewProvider>
  );
}
