import type { SeriesPoint, SeriesUnit } from "@/lib/domain/series";

export interface ChartLine {
  key: string;
  label: string;
  points: readonly SeriesPoint[];
}

export interface ChartRow {
  t: number;
  /** Label of the row on the time axis, as the first series that has a point there wrote it. */
  x: string;
  values: Record<string, number | null>;
  points: Record<string, SeriesPoint>;
}

/**
 * One row per time position across all lines. Yearly charts also get a row for every year
 * in between, so a year a source skipped shows as a gap instead of a line bridging it.
 */
export function chartRows(lines: readonly ChartLine[], yearly: boolean): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  const rowAt = (t: number, x: string) => {
    let row = rows.get(t);
    if (!row) {
      row = { t, x, values: {}, points: {} };
      rows.set(t, row);
    }
    return row;
  };
  for (const line of lines) {
    for (const point of line.points) {
      const row = rowAt(point.t, point.x);
      row.values[line.key] = point.y;
      row.points[line.key] = point;
    }
  }
  if (yearly && rows.size > 0) {
    const years = [...rows.keys()];
    for (let year = Math.min(...years); year <= Math.max(...years); year += 1) rowAt(year, String(year));
  }
  return [...rows.values()].sort((a, b) => a.t - b.t);
}

export function isFlagged(point: SeriesPoint | undefined): boolean {
  return Boolean(point && point.flags.length > 0);
}

/** "preliminary", "partial: Jan–Sep 2011 only". */
export function flagText(point: SeriesPoint): string {
  const flags = point.flags.join(", ");
  return point.note ? `${flags}: ${point.note}` : flags;
}

const COUNT = new Intl.NumberFormat("en-US");
const DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatValue(value: number | null | undefined, unit: SeriesUnit): string {
  if (value === null || value === undefined) return "no figure";
  if (unit === "percent_change") return `${value > 0 ? "+" : ""}${DECIMAL.format(value)}%`;
  if (unit === "per_100k") return `${DECIMAL.format(value)} per 100k`;
  return COUNT.format(value);
}

export function formatAxisValue(value: number, unit: SeriesUnit): string {
  if (unit === "percent_change") return `${value}%`;
  if (Math.abs(value) >= 1000) return `${DECIMAL.format(value / 1000)}k`;
  return String(value);
}

/** Axis ticks are whole years (the axis disallows decimals); rows keep their own labels. */
export function formatYearTick(t: number): string {
  return String(Math.round(t));
}

/** Okabe–Ito colours from globals.css; lines past the sixth also get a dash pattern. */
export const LINE_DASHES = ["", "", "", "", "", "", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"];

export function lineColor(index: number): string {
  return `var(--chart-${(index % 9) + 1})`;
}
