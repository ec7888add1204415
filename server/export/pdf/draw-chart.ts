import { chartValues, formatAxisValue, niceTicks, yearTicks, type ChartLine } from "../../../lib/domain/chart-data";
import type { SeriesUnit } from "../../../lib/domain/series";
import { ACCENT, MUTED, RULE, type PdfLayout } from "./pdf-layout";

/** The page's Okabe–Ito palette and dash patterns (globals.css, components/ui/chart-style.ts): lines keep their look in print. */
const COLORS = ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#000000", "#8a7a00", "#7f7f7f"];
const DASHES: number[][] = [
  [],
  [8, 4],
  [2, 3],
  [10, 3, 2, 3],
  [5, 5],
  [1, 4],
  [12, 4, 4, 4],
  [6, 2, 2, 2, 2, 2],
  [3, 6],
];
const AXIS_WIDTH = 40;
const AXIS_HEIGHT = 14;

export interface PlotLine extends ChartLine {
  /** Yearly lines break where a year is missing, as on the page; other lines join their figures. */
  yearly: boolean;
}

export interface PlotMarker {
  tag: string;
  from: number;
  to?: number;
}

export function lineStyle(index: number): { color: string; dash: number[] } {
  return {
    color: COLORS[index % COLORS.length] ?? "#000000",
    dash: DASHES[Math.floor(index / 9 + index) % DASHES.length] ?? [],
  };
}

/** PDFKit takes a dash array ([on, off, on, off…]) at run time, though its types only name one length. */
function setDash(doc: PDFKit.PDFDocument, pattern: readonly number[]): void {
  if (pattern.length > 0) doc.dash(pattern as unknown as number, {});
}

/** Runs of drawable figures: a missing figure, or a skipped year on a yearly line, ends a run. */
function runs(line: PlotLine): { t: number; y: number; flagged: boolean }[][] {
  const result: { t: number; y: number; flagged: boolean }[][] = [];
  let current: { t: number; y: number; flagged: boolean }[] = [];
  let previousT: number | undefined;
  for (const point of line.points) {
    const skipped = line.yearly && previousT !== undefined && point.t - previousT > 1.001;
    if (point.y === null || skipped) {
      if (current.length > 0) result.push(current);
      current = [];
    }
    if (point.y !== null) current.push({ t: point.t, y: point.y, flagged: point.flags.length > 0 });
    previousT = point.t;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/**
 * A line chart as vector paths at the layout's cursor: value axis with round ticks, year axis,
 * one line per series in its colour and dash, figures with flags drawn hollow, annotations as
 * accent rules or bands tagged above the plot.
 */
export function drawChart(
  layout: PdfLayout,
  lines: readonly PlotLine[],
  unit: SeriesUnit,
  markers: readonly PlotMarker[],
  height: number,
): void {
  const { doc } = layout;
  const top = doc.y + (markers.length > 0 ? 10 : 2);
  const left = layout.left + AXIS_WIDTH;
  const width = layout.width - AXIS_WIDTH - 6;
  const times = lines.flatMap((line) => line.points.map((point) => point.t));
  const minT = Math.min(...times);
  const maxT = Math.max(...times);
  const [from, to] = minT === maxT ? [minT - 0.5, maxT + 0.5] : [minT, maxT];
  const ticks = niceTicks(chartValues(lines));
  const low = ticks[0] ?? 0;
  const high = ticks.at(-1) ?? 1;
  const x = (t: number) => left + ((t - from) / (to - from)) * width;
  const y = (value: number) => top + height - ((value - low) / (high - low || 1)) * height;

  layout.style({ size: 7, color: MUTED });
  for (const tick of ticks) {
    doc
      .moveTo(left, y(tick))
      .lineTo(left + width, y(tick))
      .lineWidth(tick === 0 ? 0.8 : 0.4)
      .strokeColor(tick === 0 ? MUTED : RULE)
      .stroke();
    doc.text(formatAxisValue(tick, unit), layout.left, y(tick) - 3.5, {
      width: AXIS_WIDTH - 4,
      align: "right",
      lineBreak: false,
    });
  }
  for (const year of yearTicks(from, to)) {
    doc
      .moveTo(x(year), top + height)
      .lineTo(x(year), top + height + 3)
      .lineWidth(0.5)
      .strokeColor(MUTED)
      .stroke();
    doc.text(String(year), x(year) - 20, top + height + 5, { width: 40, align: "center", lineBreak: false });
  }
  for (const marker of markers) {
    const start = x(Math.max(from, marker.from));
    const end = marker.to === undefined ? start : x(Math.min(to, marker.to));
    if (end > start)
      doc
        .rect(start, top, end - start, height)
        .fillOpacity(0.12)
        .fill(ACCENT)
        .fillOpacity(1);
    doc
      .moveTo(start, top)
      .lineTo(start, top + height)
      .lineWidth(0.8)
      .strokeColor(ACCENT)
      .stroke();
    layout.style({ size: 6.5, bold: true, color: ACCENT });
    doc.text(marker.tag, start - 10, top - 9, { width: 20, align: "center", lineBreak: false });
  }
  lines.forEach((line, index) => drawLine(layout, line, lineStyle(line.styleIndex ?? index), x, y));
  doc.y = top + height + AXIS_HEIGHT;
  doc.x = layout.left;
}

function drawLine(
  layout: PdfLayout,
  line: PlotLine,
  style: { color: string; dash: number[] },
  x: (t: number) => number,
  y: (value: number) => number,
): void {
  const { doc } = layout;
  for (const run of runs(line)) {
    const [first, ...rest] = run;
    if (!first) continue;
    doc.save();
    setDash(doc, style.dash);
    doc.moveTo(x(first.t), y(first.y));
    for (const point of rest) doc.lineTo(x(point.t), y(point.y));
    doc.lineWidth(1.4).strokeColor(style.color).stroke();
    doc.restore();
    for (const point of run) {
      if (point.flagged) doc.circle(x(point.t), y(point.y), 2.4).lineWidth(1).fillAndStroke("#ffffff", style.color);
      else if (run.length === 1 || line.points.length <= 60) doc.circle(x(point.t), y(point.y), 1.5).fill(style.color);
    }
  }
}

/** A key of the lines: a short sample of each line's stroke and its label. */
export function drawLegend(layout: PdfLayout, lines: readonly PlotLine[], anyFlagged: boolean): void {
  const { doc } = layout;
  const entries = lines.map((line, index) => ({ label: line.label, ...lineStyle(line.styleIndex ?? index) }));
  for (const entry of entries) {
    layout.ensureSpace(12);
    const top = doc.y;
    doc.save();
    setDash(doc, entry.dash);
    doc
      .moveTo(layout.left, top + 4)
      .lineTo(layout.left + 22, top + 4)
      .lineWidth(1.6)
      .strokeColor(entry.color)
      .stroke();
    doc.restore();
    layout.style({ size: 8 });
    doc.text(entry.label, layout.left + 28, top, { width: layout.width - 28 });
    doc.y += 1;
  }
  if (anyFlagged) {
    const top = doc.y;
    doc
      .circle(layout.left + 11, top + 4, 2.4)
      .lineWidth(1)
      .fillAndStroke("#ffffff", MUTED);
    layout.style({ size: 8, color: MUTED });
    doc.text(
      "Hollow markers: figures with a flag (preliminary, partial and the like), listed below the chart.",
      layout.left + 28,
      top,
      {
        width: layout.width - 28,
      },
    );
    doc.y += 1;
  }
}
