"use client";

import { Fragment, useId, useRef, useState, type ReactNode } from "react";
import type { ChartDefinition, Series } from "@/lib/domain/series";
import { formatAxisValue } from "@/lib/domain/chart-data";
import { chartView } from "@/lib/domain/chart-view";
import { summarizeChart } from "@/lib/domain/chart-summary";
import { formatCitation } from "@/lib/domain/citations";
import { CONTEXT_EVENTS, eventWhen, eventsWithin } from "@/lib/domain/events";
import { yearBounds } from "@/lib/domain/series-transforms";
import { TimeChart, type ChartMarker, type ChartSelectHandlers } from "@/components/ui/chart";
import { ChartLegend } from "@/components/ui/chart-legend";
import { Citation } from "@/components/ui/citation";
import { lineColor, lineDash } from "@/components/ui/chart-style";
import { ChartActions } from "./chart-actions";
import { ChartDataTable, indexKey } from "./chart-data-table";
import { SourcesDisclosure } from "./sources-disclosure";
import { chartGranularity, chartNotes, unitCaption } from "./chart-captions";
import { useTrendView } from "./trend-view";

interface TrendChartProps extends ChartSelectHandlers {
  chart: ChartDefinition;
  series: readonly Series[];
  /** Markers on top of the context events, e.g. analyst annotations. */
  markers?: readonly ChartMarker[];
  /** Shown under the plot and its key, e.g. the chart's annotations. */
  children?: ReactNode;
}

const INDEX = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/** One chart of the trends page, following the page's view settings (range, scale, index, events). */
export function TrendChart({ chart, series, markers = [], onSelectPoint, onSelectRange, children }: TrendChartProps) {
  const { view, setRange } = useTrendView();
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set());
  const plotRef = useRef<HTMLDivElement>(null);
  const summaryId = useId();
  const headingId = `chart-${chart.id}`;
  const result = chartView(chart, series, view);
  const granularity = chartGranularity(
    chart.seriesIds.flatMap((id) => series.find((item) => item.id === id)?.xKind ?? []),
  );
  // Daily and monthly charts must not get a filler row at every 1 January.
  const yearly = granularity === "year";
  const shownFigures = result.figures.filter((line) => !hidden.has(line.key));
  const span = yearBounds(shownFigures.flatMap((line) => line.points));
  const spanTimes = result.figures.flatMap((line) => line.points.map((point) => point.t));
  const events =
    view.showEvents && spanTimes.length > 0
      ? eventsWithin(CONTEXT_EVENTS, Math.min(...spanTimes), Math.max(...spanTimes))
      : [];
  const allMarkers: ChartMarker[] = [
    ...events.map((event) => ({
      id: event.id,
      label: event.label,
      at: event.at,
      to: event.to,
      tone: "context" as const,
    })),
    ...markers,
  ];
  const indexValues = new Map(
    result.plotted.flatMap((line) => line.points.map((point) => [indexKey(line.key, point.x), point.y] as const)),
  );
  const summary = summarizeChart(shownFigures, chart.unit);
  const caption = unitCaption(chart, view, result, granularity);
  const notes = chartNotes(chart, view, result);
  const sources = [...new Set(result.figures.flatMap((line) => (line.source ? [line.source] : [])))];
  const plottedKeys = new Set(result.plotted.map((line) => line.key));
  const hasFigures = shownFigures.some((line) => line.points.some((point) => point.y !== null));
  const rangeText = span ? `${span.from}–${span.to}` : "";
  const fileName = `mesa-${chart.id}${view.range ? `-${view.range.from}-${view.range.to}` : ""}`;

  function toggle(key: string) {
    setHidden((current) => {
      const next = new Set(current);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  }

  return (
    <figure
      aria-labelledby={headingId}
      className="relative min-w-0 rounded-md border border-line p-3"
      data-chart={chart.id}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={headingId} className="text-sm font-semibold">
            {chart.title}
          </h3>
          <p className="mt-0.5 text-xs text-muted">{chart.description}</p>
        </div>
        <ChartActions
          title={chart.title}
          subtitle={[caption, rangeText].filter(Boolean).join(" · ")}
          fileName={fileName}
          plotRef={plotRef}
          lines={shownFigures}
          legend={shownFigures.map((line, index) => {
            const style = line.styleIndex ?? index;
            return { label: line.label, color: lineColor(style), dash: lineDash(style) };
          })}
          notes={events.map((event) => `${event.to === undefined ? "┆" : "▒"} ${event.label} (${eventWhen(event)})`)}
          source={sources.map((source) => formatCitation(source).text).join("; ")}
        />
      </div>
      <p className="mt-1 text-[11px] font-medium tracking-wide text-muted uppercase" data-testid="chart-unit">
        {caption}
      </p>
      <p id={summaryId} className={shownFigures.length <= 2 ? "mt-1 text-xs" : "sr-only"}>
        {summary}
      </p>
      {notes.map((note) => (
        <p key={note} className="mt-1 text-xs text-warn">
          {note}
        </p>
      ))}
      {!hasFigures || result.plotted.length === 0 ? (
        <p className="py-8 text-center text-sm text-muted">
          {result.plotted.length === 0 && result.figures.length > 0
            ? `No line here has a figure for ${view.baseYear}: choose another base year.`
            : view.range
              ? `No figures for this chart in ${view.range.from}–${view.range.to}.`
              : "No data for this chart."}
        </p>
      ) : (
        <div className="mt-2">
          <TimeChart
            lines={result.plotted}
            unit={chart.unit}
            yearly={yearly}
            label={`${chart.title}, ${rangeText}`}
            describedBy={summaryId}
            scale={result.log ? "log" : "linear"}
            range={view.range}
            onRangeChange={setRange}
            hidden={new Set([...hidden].filter((key) => plottedKeys.has(key)))}
            markers={allMarkers}
            formatValue={
              result.indexed ? (value) => (value == null ? "no figure" : `${INDEX.format(value)} (index)`) : undefined
            }
            formatAxis={result.indexed ? (value) => formatAxisValue(value, "count") : undefined}
            plotRef={plotRef}
            onSelectPoint={onSelectPoint}
            onSelectRange={onSelectRange}
          />
        </div>
      )}
      <div className="mt-2">
        <ChartLegend
          lines={result.figures}
          hidden={hidden}
          onToggle={result.figures.length > 1 ? toggle : undefined}
          label={`Lines of ${chart.title}`}
        />
      </div>
      {events.length > 0 && (
        <p className="mt-1.5 text-[11px] text-muted">
          <span className="sr-only">Context events on this chart: </span>
          {events.map((event, index) => (
            <span key={event.id}>
              {index > 0 && " · "}
              <span aria-hidden="true">{event.to === undefined ? "┆ " : "▒ "}</span>
              <span className="text-ink">{event.label}</span> ({eventWhen(event)})
            </span>
          ))}
        </p>
      )}
      {children}
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <ChartDataTable
          lines={shownFigures}
          unit={chart.unit}
          title={chart.title}
          index={result.indexed ? { baseYear: view.baseYear, values: indexValues } : undefined}
        />
        <SourcesDisclosure lines={result.figures} events={events} title={chart.title} />
      </div>
      <figcaption className="mt-2 border-t border-line pt-1.5 text-[11px] wrap-anywhere text-muted">
        Source:{" "}
        {sources.map((source, index) => (
          <Fragment key={source}>
            {index > 0 && "; "}
            <Citation source={source} />
          </Fragment>
        ))}
      </figcaption>
    </figure>
  );
}
