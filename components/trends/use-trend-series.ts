"use client";

import { useMemo } from "react";
import { useQuery } from "@tanstack/react-query";
import { yearBounds } from "@/lib/domain/series-transforms";
import { seriesQuery } from "@/lib/client/series-query";
import { DEFAULT_BASE_YEAR } from "./trend-view";

/** The built-in series and the years they span, which every chart's shared view is bounded by. */
export function useTrendSeries() {
  const series = useQuery(seriesQuery());
  const bounds = useMemo(
    () =>
      yearBounds((series.data ?? []).flatMap((item) => item.points)) ?? {
        from: DEFAULT_BASE_YEAR,
        to: DEFAULT_BASE_YEAR,
      },
    [series.data],
  );
  return { series, bounds };
}
