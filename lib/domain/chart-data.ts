import type { PointFlag, SeriesPoint, SeriesUnit } from "./series";

export interface ChartLine {
  key: string;
  label: string;
  points: readonly SeriesPoint[];
  /** The series' citation; a point's own `source` overrides it for that point. */
  source?: string;
  /** Which colour and dash the line wears, so it keeps its look when lines before it are left out. */
  styleIndex?: number;
}

export interface ChartRow {
  t: number;
  /** Label of the row on the time axis, as the first series that has a point there wrote it. */
  x: string;
  /** What each line joins: a figure that stands alone (a partial period) is null here. */
  values: Record<string, number | null>;
  /** Figures drawn as separate marked points, never joined to a line: see `standsAlone`. */
  alone: Record<string, number | null>;
  points: Record<string, SeriesPoint>;
}

/**
 * One row per time position across all lines. Yearly charts also get a row for every year
 * in between, so a year a source skipped shows as a gap instead of a line bridging it. A
 * figure for part of its period goes to `alone`, not `values`: no line ever joins it to a
 * full period's figure.
 */
export function chartRows(lines: readonly ChartLine[], yearly: boolean): ChartRow[] {
  const rows = new Map<number, ChartRow>();
  const rowAt = (t: number, x: string) => {
    let row = rows.get(t);
    if (!row) {
      row = { t, x, values: {}, alone: {}, points: {} };
      rows.set(t, row);
    }
    return row;
  };
  for (const line of lines) {
    for (const point of line.points) {
      const row = rowAt(point.t, point.x);
      const alone = standsAlone(point);
      row.values[line.key] = alone ? null : point.y;
      if (alone) row.alone[line.key] = point.y;
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

/** A figure's status as shown in the tooltip, the table and the CSV: "definitive", or its flags. */
export type PointStatus = string;

const FLAG_WORDS: Record<PointFlag, string> = {
  preliminary: "preliminary",
  partial: "partial year",
  approximate: "approximate",
  incomplete: "incomplete",
};

/** "definitive", "preliminary", "partial year", "approximate, incomplete". */
export function pointStatus(point: SeriesPoint): PointStatus {
  if (point.flags.length === 0) return "definitive";
  return point.flags.map((flag) => FLAG_WORDS[flag]).join(", ");
}

/**
 * A partial-period figure (a month of a year, nine months of a year) is never joined by a line
 * to its neighbours: the line would read as a fall or a rise that is only the shorter period.
 */
export function standsAlone(point: SeriesPoint): boolean {
  return point.flags.includes("partial");
}

/** "preliminary", "partial year: Jan–Sep 2011 only". */
export function flagText(point: SeriesPoint): string {
  const status = pointStatus(point);
  return point.note ? `${status}: ${point.note}` : status;
}

const COUNT = new Intl.NumberFormat("en-US");
const DECIMAL = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

export function formatValue(value: number | null | undefined, unit: SeriesUnit): string {
  if (value === null || value === undefined) return "no figure";
  if (unit === "percent_change") return `${value > 0 ? "+" : ""}${DECIMAL.format(value)}%`;
  if (unit === "per_100k") return `${DECIMAL.format(value)} per 100k`;
  return COUNT.format(value);
}

const COMPACT = new Intl.NumberFormat("en-US", { notation: "compact", maximumFractionDigits: 1 });

export function formatAxisValue(value: number, unit: SeriesUnit): string {
  if (unit === "percent_change") return `${DECIMAL.format(value)}%`;
  return COMPACT.format(value);
}

/** About this many steps on a value axis; niceTicks makes between three and six. */
const TARGET_STEPS = 5;

/**
 * Round axis ticks (0, 10k, 20k, …) covering every value and zero: the step is 1, 2 or 5
 * times a power of ten, so labels never read 9.5k, 19k, 28.5k.
 */
export function niceTicks(values: readonly number[]): number[] {
  const low = values.reduce((min, value) => Math.min(min, value), 0);
  const high = values.reduce((max, value) => Math.max(max, value), 0);
  // Below this span there is nothing to tell apart on a chart (and powers of ten underflow).
  if (high - low < 1e-9) return [Math.floor(low), Math.max(1, Math.ceil(high))];
  const rough = (high - low) / TARGET_STEPS;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 5, 10].find((factor) => factor * power >= rough) ?? 10) * power;
  const first = Math.floor(low / step);
  const last = Math.ceil(high / step);
  // toPrecision drops the float noise of k * step (0.1 * 3 = 0.30000000000000004).
  return Array.from({ length: last - first + 1 }, (_, index) => Number(((first + index) * step).toPrecision(12)));
}

export function chartValues(lines: readonly ChartLine[]): number[] {
  return lines.flatMap((line) => line.points.flatMap((point) => (point.y === null ? [] : [point.y])));
}

/**
 * Round year ticks for a time axis (1990, 1995, … or 2007, 2008, …): the smallest step of
 * 1, 2 or 5 times a power of ten that keeps at most `maxTicks` labels.
 */
export function yearTicks(from: number, to: number, maxTicks = 8): number[] {
  const first = Math.ceil(from);
  const last = Math.floor(to);
  if (last < first) return [];
  const count = (step: number) => Math.floor(last / step) - Math.ceil(first / step) + 1;
  let step = 1;
  for (let power = 1; count(step) > maxTicks; power *= 10) {
    step =
      [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => count(candidate) <= maxTicks) ?? 10 * power;
  }
  const ticks: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) ticks.push(year);
  return ticks;
}

/** Axis ticks are whole years (the axis disallows decimals); rows keep their own labels. */
export function formatYearTick(t: number): string {
  return String(Math.round(t));
}
