"use client";

import { useMemo } from "react";
import { BUILT_IN_CHART_NAMES } from "@/lib/domain/chart-names";
import { useImportedSeries } from "./series-import/use-imported-series";

export interface ChartName {
  id: string;
  title: string;
}

/**
 * Every chart a thread can point at, built-in and imported, so a chart annotation's label reads
 * "Chart: Our own tally, 2008" rather than the imported series' id.
 */
export function useChartNames(): readonly ChartName[] {
  const { query } = useImportedSeries();
  return useMemo(
    () => [...BUILT_IN_CHART_NAMES, ...(query.data ?? []).map((series) => ({ id: series.id, title: series.title }))],
    [query.data],
  );
}
