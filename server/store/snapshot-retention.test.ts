import { describe, expect, it } from "vitest";
import { snapshotsToKeep, type SnapshotAge } from "./snapshot-retention";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
// A fixed "now" on a UTC midnight, so hour and day buckets are easy to reason about.
const NOW = Date.UTC(2026, 0, 10);

function compactions(...ages: number[]): SnapshotAge[] {
  return ages.map((age, index) => ({ id: index + 1, createdAt: NOW - age, reason: "compaction" }));
}

function kept(snapshots: SnapshotAge[], count = 20): number[] {
  const ids = snapshotsToKeep(snapshots, NOW, count);
  return snapshots.filter((snapshot) => ids.has(snapshot.id)).map((snapshot) => (NOW - snapshot.createdAt) / MINUTE);
}

describe("snapshotsToKeep", () => {
  it("keeps every snapshot of the last hour", () => {
    expect(kept(compactions(1 * MINUTE, 5 * MINUTE, 30 * MINUTE, 59 * MINUTE))).toEqual([1, 5, 30, 59]);
  });

  it("keeps the newest of each clock hour during the last day", () => {
    // 1:10 and 1:40 ago fall in one clock hour (22:20 and 22:50 the day before), 2:30 ago in another.
    expect(kept(compactions(70 * MINUTE, 100 * MINUTE, 150 * MINUTE))).toEqual([70, 150]);
  });

  it("keeps the newest of each UTC day after the first day", () => {
    const ages = [DAY + 1 * HOUR, DAY + 5 * HOUR, 2 * DAY + 2 * HOUR, 2 * DAY + 3 * HOUR];
    expect(kept(compactions(...ages))).toEqual([(DAY + HOUR) / MINUTE, (2 * DAY + 2 * HOUR) / MINUTE]);
  });

  it("keeps at most the newest N after thinning", () => {
    const daily = Array.from({ length: 30 }, (_, day) => (day + 2) * DAY);
    const result = kept(compactions(...daily), 20);
    expect(result).toHaveLength(20);
    expect(result[0]).toBe((2 * DAY) / MINUTE);
    expect(result.at(-1)).toBe((21 * DAY) / MINUTE);
  });

  it("lets a burst in the last hour take only half of N, so earlier states survive", () => {
    const burst = Array.from({ length: 40 }, (_, index) => index * MINUTE);
    const earlier = [3 * HOUR, 5 * HOUR, 2 * DAY, 3 * DAY];
    const result = kept(compactions(...burst, ...earlier), 20);
    expect(result).toHaveLength(14);
    expect(result.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(result.slice(10)).toEqual(earlier.map((age) => age / MINUTE));
  });

  it("never thins a before-rollback snapshot by age", () => {
    const snapshots: SnapshotAge[] = [
      // All three in one clock hour (21:50, 21:40, 21:30 the day before).
      { id: 1, createdAt: NOW - 2 * HOUR - 10 * MINUTE, reason: "compaction" },
      { id: 2, createdAt: NOW - 2 * HOUR - 20 * MINUTE, reason: "before-rollback" },
      { id: 3, createdAt: NOW - 2 * HOUR - 30 * MINUTE, reason: "compaction" },
    ];
    expect([...snapshotsToKeep(snapshots, NOW, 20)].sort()).toEqual([1, 2]);
  });
});
