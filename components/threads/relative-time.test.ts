import { describe, expect, it } from "vitest";
import { absoluteTime, relativeTime } from "./relative-time";

const en = { locale: "en-US", timeZone: "UTC" };
const now = Date.UTC(2009, 2, 12, 14, 5);
const minutes = (count: number) => count * 60_000;

describe("relativeTime", () => {
  it("says just now for the last 45 seconds and for a clock slightly ahead", () => {
    expect(relativeTime(now - 30_000, now, en)).toBe("just now");
    expect(relativeTime(now + 40_000, now, en)).toBe("just now");
  });

  it("counts whole minutes, hours and days", () => {
    expect(relativeTime(now - 50_000, now, en)).toBe("1 minute ago");
    expect(relativeTime(now - minutes(59.9), now, en)).toBe("59 minutes ago");
    expect(relativeTime(now - minutes(60 * 3 + 20), now, en)).toBe("3 hours ago");
    expect(relativeTime(now - minutes(60 * 30), now, en)).toBe("yesterday");
    expect(relativeTime(now - minutes(60 * 24 * 4), now, en)).toBe("4 days ago");
  });

  it("gives a date beyond a week or far in the future, with the year only when it differs", () => {
    expect(relativeTime(Date.UTC(2009, 1, 20), now, en)).toBe("Feb 20");
    expect(relativeTime(Date.UTC(2008, 11, 31), now, en)).toBe("Dec 31, 2008");
    expect(relativeTime(now + minutes(60 * 5), now, en)).toBe("Mar 12");
  });
});

describe("absoluteTime", () => {
  it("gives date and time", () => {
    expect(absoluteTime(now, en)).toBe("Mar 12, 2009, 2:05 PM");
  });
});
