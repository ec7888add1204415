import { describe, expect, it } from "vitest";
import { combineConnects, combineEdits, deal } from "./aggregate";
import { createHistogram, percentile, record, serialize } from "./stats";
import type { ConnectResult, EditReport } from "./worker-messages";

function latencies(values: number[]) {
  const histogram = createHistogram();
  for (const value of values) record(histogram, value);
  return serialize(histogram);
}

function report(overrides: Partial<EditReport>): EditReport {
  return {
    latency: latencies([]),
    viewerLatency: latencies([]),
    received: 0,
    echoes: 0,
    unstamped: 0,
    sent: 0,
    sentByRoom: {},
    unexpectedCloses: 0,
    ...overrides,
  };
}

describe("combineEdits", () => {
  it("adds counts and merges latencies across workers", () => {
    const combined = combineEdits(
      [
        report({ latency: latencies([1, 2]), received: 2, sent: 1, sentByRoom: { a: 1 }, echoes: 1 }),
        report({ latency: latencies([3, 50]), received: 2, sent: 2, sentByRoom: { a: 1, b: 1 }, unexpectedCloses: 1 }),
      ],
      new Map([
        ["a", 3],
        ["b", 2],
      ]),
    );
    expect(combined.sent).toBe(3);
    expect(combined.received).toBe(4);
    expect(combined.echoes).toBe(1);
    expect(combined.unexpectedCloses).toBe(1);
    expect(combined.latency.total).toBe(4);
    expect(percentile(combined.latency, 100)).toBe(50);
  });

  it("expects one delivery per edit to every other client of its room", () => {
    const combined = combineEdits(
      [report({ sentByRoom: { a: 4 } }), report({ sentByRoom: { a: 1, b: 10 } })],
      new Map([
        ["a", 200],
        ["b", 1],
      ]),
    );
    // Room a: 5 edits × 199 others; room b has nobody else to deliver to.
    expect(combined.expected).toBe(5 * 199);
  });
});

describe("combineConnects", () => {
  it("sums failures, keeps their messages and the last sync time", () => {
    const result = (overrides: Partial<ConnectResult>): ConnectResult => ({
      connected: 0,
      failed: 0,
      errors: [],
      sync: latencies([]),
      lastSyncedAt: 0,
      ...overrides,
    });
    const combined = combineConnects([
      result({ connected: 10, sync: latencies([5, 6]), lastSyncedAt: 100 }),
      result({ connected: 8, failed: 2, errors: ["refused"], sync: latencies([9]), lastSyncedAt: 250 }),
    ]);
    expect(combined).toMatchObject({ connected: 18, failed: 2, errors: ["refused"], lastSyncedAt: 250 });
    expect(combined.sync.total).toBe(3);
  });
});

describe("deal", () => {
  it("spreads items round-robin so a room's clients land in different workers", () => {
    expect(deal([1, 2, 3, 4, 5], 2)).toEqual([
      [1, 3, 5],
      [2, 4],
    ]);
    expect(deal([1], 3)).toEqual([[1], [], []]);
  });
});
