import { describe, expect, it } from "vitest";
import type { Thread } from "../../lib/collab";
import { byRecentActivity, filterThreads, lastActivity, splitByStatus } from "./thread-activity";

function thread(id: string, times: number[], resolvedAt: number | null = null, editedAt?: number): Thread {
  const stamp = (at: number) => ({ by: "p-ana", byName: "Ana", at });
  return {
    id,
    target: { kind: "threat", threatId: "organized-crime" },
    title: "",
    created: stamp(times[0] ?? 0),
    resolved: resolvedAt === null ? null : stamp(resolvedAt),
    comments: times.map((at, index) => ({
      id: `${id}-${index}`,
      ...stamp(at),
      text: "x",
      ...(index === 0 && editedAt !== undefined ? { editedAt } : {}),
    })),
  };
}

describe("thread activity", () => {
  it("is the latest of creation, comments, edits and resolution", () => {
    expect(lastActivity(thread("a", [10, 20]))).toBe(20);
    expect(lastActivity(thread("a", [10, 20], 35))).toBe(35);
    expect(lastActivity(thread("a", [10, 20], null, 50))).toBe(50);
  });

  it("orders newest activity first and keeps ties in the given order", () => {
    const threads = [thread("old", [1, 90]), thread("new", [50]), thread("tie", [50]), thread("quiet", [5])];
    expect(byRecentActivity(threads).map((item) => item.id)).toEqual(["old", "new", "tie", "quiet"]);
    expect(threads.map((item) => item.id)).toEqual(["old", "new", "tie", "quiet"]);
  });

  it("filters open, resolved or all, and splits keeping order", () => {
    const threads = [thread("a", [1]), thread("b", [2], 3), thread("c", [4])];
    expect(filterThreads(threads, "open").map((item) => item.id)).toEqual(["a", "c"]);
    expect(filterThreads(threads, "resolved").map((item) => item.id)).toEqual(["b"]);
    expect(filterThreads(threads, "all").map((item) => item.id)).toEqual(["a", "b", "c"]);
    const split = splitByStatus(threads);
    expect([split.open.map((item) => item.id), split.resolved.map((item) => item.id)]).toEqual([["a", "c"], ["b"]]);
  });
});
