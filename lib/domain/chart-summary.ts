import { formatValue, pointStatus, standsAlone, type ChartLine } from "./chart-data";
import type { SeriesPoint, SeriesUnit } from "./series";

function figure(point: SeriesPoint, unit: SeriesUnit): string {
  const status = pointStatus(point);
  const value = `${formatValue(point.y, unit)} in ${point.x}`;
  return status === "definitive" ? value : `${value} (${status})`;
}

/**
 * One sentence a screen reader (or a busy reader) can take the chart's message from,
 * computed from the figures: "X rose from 14,493 in 1990 to 33,241 in 2024 (preliminary);
 * peak 36,773 in 2020."
 */
export function summarizeLine(line: ChartLine, unit: SeriesUnit): string {
  const known = line.points.filter((point) => point.y !== null);
  // A part-period figure is never the start or end of a rise or fall: it is listed apart.
  const figures = known.filter((point) => !standsAlone(point));
  const apart = known.filter(standsAlone);
  const partial = apart.length
    ? ` Part-period figures, not compared: ${apart.map((point) => `${formatValue(point.y, unit)} in ${point.x} (${point.note ?? "partial year"})`).join("; ")}.`
    : "";
  const trend = summarizeTrend(line.label, figures, unit);
  if (!trend) return apart.length ? `${line.label}:${partial}` : `${line.label}: no figures in this range.`;
  return `${trend}${partial}`;
}

function summarizeTrend(label: string, figures: readonly SeriesPoint[], unit: SeriesUnit): string | undefined {
  const first = figures[0];
  const last = figures.at(-1);
  if (!first || !last) return undefined;
  if (figures.length === 1) return `${label}: ${figure(first, unit)}.`;
  const peak = figures.reduce((best, point) => ((point.y ?? 0) > (best.y ?? 0) ? point : best), first);
  const low = figures.reduce((best, point) => ((point.y ?? 0) < (best.y ?? 0) ? point : best), first);
  const change = (last.y ?? 0) - (first.y ?? 0);
  const verb = change > 0 ? "rose" : change < 0 ? "fell" : "was level";
  let text = `${label} ${verb} from ${figure(first, unit)} to ${figure(last, unit)}`;
  if (peak !== first && peak !== last) text += `; peak ${figure(peak, unit)}`;
  if (low !== first && low !== last) text += `; low ${figure(low, unit)}`;
  return `${text}.`;
}

export function summarizeChart(lines: readonly ChartLine[], unit: SeriesUnit): string {
  return lines.map((line) => summarizeLine(line, unit)).join(" ");
}
