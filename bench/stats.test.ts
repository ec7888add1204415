import { describe, expect, it } from "vitest";
import {
  createHistogram,
  deserialize,
  mean,
  median,
  mergeInto,
  percentile,
  record,
  serialize,
  type Histogram,
} from "./stats";

function histogramOf(values: number[]): Histogram {
  const histogram = createHistogram();
  for (const value of values) record(histogram, value);
  return histogram;
}

describe("percentile", () => {
  it("is undefined for an empty histogram", () => {
    expect(percentile(createHistogram(), 50)).toBeUndefined();
  });

  it("uses the nearest rank, to 10 µs buckets", () => {
    const histogram = histogramOf(Array.from({ length: 100 }, (_, index) => index + 1));
    expect(percentile(histogram, 50)).toBeCloseTo(50.01, 5);
    expect(percentile(histogram, 99)).toBeCloseTo(99.01, 5);
    expect(percentile(histogram, 100)).toBe(100);
  });

  it("never reports more than the largest sample", () => {
    const histogram = histogramOf([1.234]);
    expect(percentile(histogram, 50)).toBe(1.234);
    expect(percentile(histogram, 99)).toBe(1.234);
  });

  it("finds the tail of a skewed distribution", () => {
    const histogram = histogramOf([...Array.from({ length: 990 }, () => 2), ...Array.from({ length: 10 }, () => 80)]);
    expect(percentile(histogram, 99)).toBeCloseTo(2.01, 5);
    expect(percentile(histogram, 99.5)).toBe(80);
  });

  it("counts clock noise below zero as zero", () => {
    const histogram = histogramOf([-0.3, 0.5]);
    expect(percentile(histogram, 50)).toBeCloseTo(0.01, 5);
    expect(histogram.sum).toBeCloseTo(0.5, 5);
  });
});

describe("merging and serializing", () => {
  it("gives the same percentiles as recording everything in one histogram", () => {
    const a = [0.5, 1, 3, 7, 12];
    const b = [0.2, 2, 2, 40];
    const merged = histogramOf(a);
    mergeInto(merged, deserialize(serialize(histogramOf(b))));
    const together = histogramOf([...a, ...b]);
    for (const p of [50, 90, 99]) expect(percentile(merged, p)).toBe(percentile(together, p));
    expect(merged.total).toBe(9);
    expect(merged.max).toBe(40);
    expect(mean(merged)).toBeCloseTo(mean(together) ?? 0, 9);
  });

  it("survives JSON (what workers send is plain arrays)", () => {
    const histogram = histogramOf([1, 2, 3]);
    const copy = deserialize(JSON.parse(JSON.stringify(serialize(histogram))));
    expect(percentile(copy, 50)).toBe(percentile(histogram, 50));
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the middle two", () => {
    expect(median([])).toBeUndefined();
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
