/**
 * Latency histogram with fixed 10 µs buckets. Workers record millions of samples, so they
 * ship counts per bucket instead of raw samples; merging two histograms is then exact.
 */
export const BUCKET_MS = 0.01;

export interface Histogram {
  /** Bucket index (floor(ms / BUCKET_MS)) → samples in it. */
  counts: Map<number, number>;
  total: number;
  sum: number;
  max: number;
}

/** The form a histogram crosses process boundaries in (plain arrays, JSON-safe). */
export interface SerializedHistogram {
  buckets: [index: number, count: number][];
  total: number;
  sum: number;
  max: number;
}

export function createHistogram(): Histogram {
  return { counts: new Map(), total: 0, sum: 0, max: 0 };
}

/** Records one sample in milliseconds; clock noise can make a sample slightly negative, which counts as 0. */
export function record(histogram: Histogram, ms: number): void {
  const value = Math.max(0, ms);
  const index = Math.floor(value / BUCKET_MS);
  histogram.counts.set(index, (histogram.counts.get(index) ?? 0) + 1);
  histogram.total++;
  histogram.sum += value;
  if (value > histogram.max) histogram.max = value;
}

export function mergeInto(target: Histogram, source: Histogram): void {
  for (const [index, count] of source.counts) target.counts.set(index, (target.counts.get(index) ?? 0) + count);
  target.total += source.total;
  target.sum += source.sum;
  target.max = Math.max(target.max, source.max);
}

/**
 * Nearest-rank percentile (p in 0–100): the upper edge of the bucket holding the sample of
 * rank ⌈p/100 · n⌉, capped at the largest sample. Undefined for an empty histogram.
 */
export function percentile(histogram: Histogram, p: number): number | undefined {
  if (histogram.total === 0) return undefined;
  const rank = Math.max(1, Math.ceil((p / 100) * histogram.total));
  let seen = 0;
  for (const index of [...histogram.counts.keys()].sort((a, b) => a - b)) {
    seen += histogram.counts.get(index) ?? 0;
    if (seen >= rank) return Math.min((index + 1) * BUCKET_MS, histogram.max);
  }
  return histogram.max;
}

export function mean(histogram: Histogram): number | undefined {
  return histogram.total === 0 ? undefined : histogram.sum / histogram.total;
}

export function serialize(histogram: Histogram): SerializedHistogram {
  return { buckets: [...histogram.counts], total: histogram.total, sum: histogram.sum, max: histogram.max };
}

export function deserialize(serialized: SerializedHistogram): Histogram {
  return { counts: new Map(serialized.buckets), total: serialized.total, sum: serialized.sum, max: serialized.max };
}

/** Median of a few plain values (e.g. five page loads); the mean of the middle two for an even count. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length % 2 === 1) return sorted[middle];
  return ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
