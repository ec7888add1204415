import { describe, expect, it } from "vitest";
import { expiryFrom, localDay } from "./expiry";

const now = new Date(2026, 11, 4, 10, 30).getTime();

describe("expiryFrom", () => {
  it("means no expiry for never, and now plus the days for a preset", () => {
    expect(expiryFrom("never", "", now)).toEqual({});
    expect(expiryFrom("7d", "", now).iso).toBe(new Date(now + 7 * 86_400_000).toISOString());
  });

  it("means the end of the chosen local day, and refuses a missing or past day", () => {
    expect(expiryFrom("date", "2026-12-11", now).iso).toBe(new Date(2026, 11, 11, 23, 59, 59).toISOString());
    expect(expiryFrom("date", localDay(now), now).iso).toBe(new Date(2026, 11, 4, 23, 59, 59).toISOString());
    expect(expiryFrom("date", "", now).error).toMatch(/Pick the day/);
    expect(expiryFrom("date", "2026-12-03", now).error).toMatch(/from today on/);
  });
});
