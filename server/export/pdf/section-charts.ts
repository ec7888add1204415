import type { Thread } from "../../../lib/collab";
import { BUILT_IN_CHARTS, builtInSeries } from "../../../lib/domain/built-in-charts";
import { pointNotes, pointSourceGroups } from "../../../lib/domain/chart-sources";
import { chartView } from "../../../lib/domain/chart-view";
import { growthRates } from "../../../lib/domain/growth-rates";
import type { ImportedSeries } from "../../../lib/domain/imported-series";
import { periodText } from "../../../lib/domain/period-label";
import type { ChartDefinition, Series } from "../../../lib/domain/series";
import type { BriefInput } from "./brief-input";
import { citationOf, type SourceList } from "./citations";
import { drawChart, drawLegend, type PlotLine, type PlotMarker } from "./draw-chart";
import { MUTED, type PdfLayout } from "./pdf-layout";

const PLOT_HEIGHT = 130;
/** The brief shows every year a chart has, on a linear scale, as published: no page view settings apply. */
const AS_PUBLISHED = { range: null, scale: "linear", indexed: false, baseYear: 2000 } as const;

const UNIT_CAPTION: Record<Series["unit"], string> = {
  count: "Count",
  per_100k: "Rate per 100,000 people",
  percent_change: "Growth over the period shown, %",
};

function importedChart(series: ImportedSeries): ChartDefinition {
  return {
    id: series.id,
    title: series.title,
    unit: series.unit,
    description: series.description,
    seriesIds: [series.id],
  };
}

function annotationsOf(threads: readonly Thread[], chartId: string): Thread[] {
  return threads
    .filter((thread) => thread.target.kind === "chart" && thread.target.chartId === chartId)
    .sort((a, b) => (a.target.kind === "chart" && b.target.kind === "chart" ? a.target.fromT - b.target.fromT : 0));
}

function annotationText(thread: Thread): string {
  if (thread.target.kind !== "chart") return thread.title;
  const when = periodText(thread.target.from, thread.target.to);
  const [first] = thread.comments;
  const title = thread.title || first?.text || "Annotation";
  const body = first && thread.title ? ` — ${first.text}` : "";
  const by = first ? ` (${first.byName})` : ` (${thread.created.byName})`;
  const resolved = thread.resolved ? " Resolved." : "";
  return `${when}: ${title}${body}${by}${resolved}`;
}

/** Rates as the source reported them (22.45 %, not 22.5 %), with their sign. */
const RATE = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2, signDisplay: "exceptZero" });

/**
 * Reported growth rates compare periods of different lengths and counts, so, as on the page,
 * they are a list of rates with what each compares, counts and cites, never one line on an axis.
 */
function drawGrowthTable(
  layout: PdfLayout,
  chart: ChartDefinition,
  series: readonly Series[],
  input: BriefInput,
  sources: SourceList,
): void {
  layout.heading(chart.title, { level: 2, keep: 90 });
  layout.paragraph(chart.description, { size: 8.5, color: MUTED, gap: 4 });
  const rates = growthRates(series, chart.seriesIds);
  if (rates.length === 0) layout.paragraph("No growth rates in the data.", { color: MUTED });
  for (const rate of rates) {
    const quoted = rate.inBrief ? " Quoted by the RAND brief." : "";
    layout.bullet(
      `${RATE.format(rate.value)} %: ${rate.comparison}. ${rate.measures}.${quoted} ${citationOf(rate.source)} ${sources.marks([rate.source])}`,
      { size: 8.5 },
    );
  }
  annotationsOf(input.snapshot.threads, chart.id).forEach((thread, index) =>
    layout.bullet(`A${index + 1} ${annotationText(thread)}`, { size: 8.5 }),
  );
  layout.doc.y += 6;
}

function drawOneChart(
  layout: PdfLayout,
  chart: ChartDefinition,
  series: readonly Series[],
  input: BriefInput,
  sources: SourceList,
): void {
  if (chart.display === "growth-table") {
    drawGrowthTable(layout, chart, series, input, sources);
    return;
  }
  const view = chartView(chart, series, AS_PUBLISHED);
  const kinds = new Map(series.map((item) => [item.id, item.xKind]));
  const lines: PlotLine[] = view.plotted.map((line) => ({ ...line, yearly: kinds.get(line.key) === "year" }));
  const annotations = annotationsOf(input.snapshot.threads, chart.id);
  layout.heading(chart.title, { level: 2, keep: PLOT_HEIGHT + 60 });
  layout.paragraph(`${chart.description} ${UNIT_CAPTION[chart.unit]}.`, { size: 8.5, color: MUTED, gap: 4 });
  if (!lines.some((line) => line.points.some((point) => point.y !== null))) {
    layout.paragraph("No figures to draw.", { color: MUTED });
    return;
  }
  const markers: PlotMarker[] = annotations.flatMap((thread, index) =>
    thread.target.kind === "chart" ? [{ tag: `A${index + 1}`, from: thread.target.fromT, to: thread.target.toT }] : [],
  );
  drawChart(layout, lines, chart.unit, markers, PLOT_HEIGHT);
  const points = lines.flatMap((line) => line.points);
  drawLegend(
    layout,
    lines,
    points.some((point) => point.flags.length > 0),
  );
  layout.doc.y += 2;
  annotations.forEach((thread, index) => layout.bullet(`A${index + 1} ${annotationText(thread)}`, { size: 8.5 }));
  const notes = lines.flatMap((line) => pointNotes(line.points).map((note) => `${line.label}, ${note}`));
  for (const note of notes) layout.bullet(note, { size: 8, color: MUTED });
  drawSourceLine(layout, lines, sources);
}

/**
 * "Source: INEGI … [1]. Figures cited one by one: 1990 [2]; 1991–2007 [3]". A series' own
 * citation is written out; per-figure citations are long, so they carry their number here and
 * their full text on the sources page.
 */
function drawSourceLine(layout: PdfLayout, lines: readonly PlotLine[], sources: SourceList): void {
  const cited = [...new Set(lines.flatMap((line) => (line.source ? [line.source] : [])))];
  const parts = cited.map((source) => `${citationOf(source)} ${sources.marks([source])}`);
  const groups = lines.flatMap((line) => pointSourceGroups(line.points));
  const byFigure = groups.map((group) => `${group.periods} ${sources.marks([group.source])}`);
  if (parts.length === 0 && byFigure.length === 0) return;
  const text = [
    parts.length > 0 ? `${parts.length === 1 ? "Source" : "Sources"}: ${parts.join("; ")}.` : "",
    byFigure.length > 0 ? `Figures cited one by one: ${byFigure.join("; ")}.` : "",
  ];
  layout.paragraph(text.filter(Boolean).join(" "), { size: 7.5, color: MUTED, gap: 8 });
}

/** Every built-in chart, then a chart per imported series, each drawn from the page's chart model. */
export function drawChartSection(layout: PdfLayout, input: BriefInput, sources: SourceList): void {
  layout.heading("Crime trends", { keep: PLOT_HEIGHT + 90 });
  const builtIn = builtInSeries();
  for (const chart of BUILT_IN_CHARTS) drawOneChart(layout, chart, builtIn, input, sources);
  for (const series of input.imported) drawOneChart(layout, importedChart(series), [series], input, sources);
}
