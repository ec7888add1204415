import type { SeriesPoint } from "./series";

/** Whole calendar years, both ends included: 2007–2009 keeps every month of 2009 too. */
export interface YearRange {
  from: number;
  to: number;
}

export function inRange(t: number, range: YearRange): boolean {
  return t >= range.from && t < range.to + 1;
}

/** The points inside the range, in their original order. */
export function filterRange<P extends { t: number }>(points: readonly P[], range: YearRange): P[] {
  return points.filter((point) => inRange(point.t, range));
}

/** First and last calendar year any of the points falls in; undefined when there are none. */
export function yearBounds(points: Iterable<{ t: number }>): YearRange | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const point of points) {
    from = Math.min(from, Math.floor(point.t));
    to = Math.max(to, Math.floor(point.t));
  }
  return from <= to ? { from, to } : undefined;
}

/** Keeps a requested range inside the bounds and in order, so a stale range never inverts. */
export function clampRange(range: YearRange, bounds: YearRange): YearRange {
  const from = Math.min(Math.max(range.from, bounds.from), bounds.to);
  const to = Math.min(Math.max(range.to, bounds.from), bounds.to);
  return from <= to ? { from, to } : { from: to, to: from };
}

export type IndexResult =
  { ok: true; base: number; points: SeriesPoint[] } | { ok: false; reason: "no-base-value" | "base-not-positive" };

/**
 * Rebases a series so its base year reads 100. The base is the series' value in that year;
 * for a monthly series, the mean of that year's months. A series with no figure in the base
 * year, or a base of zero or less, cannot be indexed and says why instead of drawing nonsense.
 */
export function indexPoints(points: readonly SeriesPoint[], baseYear: number): IndexResult {
  const baseValues = points.flatMap((point) => (Math.floor(point.t) === baseYear && point.y !== null ? [point.y] : []));
  if (baseValues.length === 0) return { ok: false, reason: "no-base-value" };
  const base = baseValues.reduce((sum, value) => sum + value, 0) / baseValues.length;
  if (!(base > 0)) return { ok: false, reason: "base-not-positive" };
  return {
    ok: true,
    base,
    points: points.map((point) => ({ ...point, y: point.y === null ? null : (point.y / base) * 100 })),
  };
}

/**
 * A log axis cannot show zero, negative or missing values: they become gaps, and the caller
 * learns which points were left out so it can say so next to the chart.
 */
export function logSafePoints(points: readonly SeriesPoint[]): { points: SeriesPoint[]; dropped: SeriesPoint[] } {
  const dropped = points.filter((point) => point.y !== null && !(point.y > 0));
  return {
    points: points.map((point) => (point.y !== null && point.y > 0 ? point : { ...point, y: null })),
    dropped,
  };
}

/** More ticks than this on a log axis read as noise; then only powers of ten are labelled. */
const MAX_LOG_TICKS = 7;

/**
 * Ticks of a log axis: 1, 2 and 5 times powers of ten around the data, or only the powers
 * when that would crowd the axis. The first tick is at or below the smallest value, the last
 * at or above the largest.
 */
export function logTicks(values: readonly number[]): number[] {
  const positive = values.filter((value) => value > 0 && Number.isFinite(value));
  if (positive.length === 0) return [1, 10];
  const low = Math.min(...positive);
  const high = Math.max(...positive);
  const candidates: { tick: number; power: boolean }[] = [];
  // One decade of slack each side: log10 rounds, and 999.9999 must not start at 1000.
  for (let exponent = Math.floor(Math.log10(low)) - 1; exponent <= Math.ceil(Math.log10(high)) + 1; exponent += 1) {
    // toPrecision drops the float noise of 10 ** -2 * 5.
    for (const factor of [1, 2, 5]) {
      candidates.push({ tick: Number((factor * 10 ** exponent).toPrecision(12)), power: factor === 1 });
    }
  }
  const around = (ticks: number[]) => {
    const start = Math.max(
      ticks.findLastIndex((tick) => tick <= low),
      0,
    );
    const end = ticks.findIndex((tick) => tick >= high);
    return ticks.slice(start, end === -1 ? ticks.length : end + 1);
  };
  const fine = around(candidates.map((candidate) => candidate.tick));
  if (fine.length >= 2 && fine.length <= MAX_LOG_TICKS) return fine;
  const powers = around(candidates.filter((candidate) => candidate.power).map((candidate) => candidate.tick));
  const first = powers[0] ?? 1;
  return powers.length >= 2 ? powers : [first, first * 10];
}
