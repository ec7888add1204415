import { describe, expect, it } from "vitest";
import { LAST_USED_WRITE_MS, linkUsage } from "./link-usage";

describe("linkUsage", () => {
  it("writes a link's first use, then at most once per interval, and remembers the latest", async () => {
    const writes: [string, number][] = [];
    const usage = linkUsage(
      async (linkId, at) => {
        writes.push([linkId, at]);
      },
      () => undefined,
    );
    usage.used("a", 1_000);
    usage.used("a", 2_000);
    usage.used("b", 2_500);
    usage.used("a", 1_000 + LAST_USED_WRITE_MS);
    expect(writes).toEqual([
      ["a", 1_000],
      ["b", 2_500],
      ["a", 1_000 + LAST_USED_WRITE_MS],
    ]);
    expect(usage.lastUsed("a")).toBe(1_000 + LAST_USED_WRITE_MS);
    expect(usage.lastUsed("c")).toBeUndefined();
  });
});
