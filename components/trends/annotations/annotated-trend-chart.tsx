"use client";

import { useState } from "react";
import type { ChartDefinition, Series } from "@/lib/domain/series";
import { axisLabelAt } from "@/lib/domain/period-label";
import type { ChartMarker } from "@/components/ui/chart";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { TrendChart } from "../trend-chart";
import { annotationMarkers, pointTarget, spanTarget, type ChartTarget } from "./annotation-model";
import { ChartAnnotations } from "./chart-annotations";
import { useChartAnnotations } from "./use-chart-annotations";

interface AnnotatedTrendChartProps {
  chart: ChartDefinition;
  series: readonly Series[];
}

/**
 * A trend chart with the team's annotations: markers on the plot, the list under it, and for
 * people who can write, selecting a point or a span on the plot opens the form to add one.
 */
export function AnnotatedTrendChart({ chart, series }: AnnotatedTrendChartProps) {
  const { author } = useWorkspace();
  const annotations = useChartAnnotations(chart.id);
  const [draft, setDraft] = useState<ChartTarget | null>(null);
  const points = chart.seriesIds.flatMap((id) => series.find((item) => item.id === id)?.points ?? []);
  const markers: ChartMarker[] = annotationMarkers(annotations);
  if (draft) {
    markers.push({
      id: "annotation-draft",
      label: "New annotation",
      at: draft.fromT,
      to: draft.toT,
      tone: "selection",
    });
  }
  // Viewers get a plot without a selection cursor: there is nothing they could add.
  const select = author
    ? {
        onSelectPoint: (point: { t: number; x: string }) => setDraft(pointTarget(chart.id, point)),
        onSelectRange: (range: { from: number; to: number }) =>
          setDraft((current) => spanTarget(chart.id, range, (t) => axisLabelAt(points, t)) ?? current),
      }
    : {};

  return (
    <TrendChart chart={chart} series={series} markers={markers} {...select}>
      <ChartAnnotations
        chartId={chart.id}
        annotations={annotations}
        draft={draft}
        onDraftClosed={() => setDraft(null)}
      />
    </TrendChart>
  );
}
