import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatListLines, localIsoDay, parseListLines, reviewStatus } from "./threat-form";

const ACTORS = { noun: "actor", maxLength: 30, maxCount: 3 };

describe("parseListLines", () => {
  it("takes one entry per line, trimmed, without blanks or repeats; commas stay inside entries", () => {
    expect(parseListLines("  Cartels \n\nPolice (federal, state)\nCartels\r\n", ACTORS)).toEqual({
      ok: true,
      items: ["Cartels", "Police (federal, state)"],
    });
  });

  it("names the line that is too long, and says how many entries are too many", () => {
    expect(parseListLines(`ok\n${"x".repeat(31)}`, ACTORS)).toEqual({
      ok: false,
      message: "Line 2 has 31 characters: keep each actor to 30.",
    });
    expect(parseListLines("a\nb\nc\nd", ACTORS)).toEqual({ ok: false, message: "That is 4 actors: list at most 3." });
  });

  it("reads back what it formats", () => {
    const entry = fc
      .string({ minLength: 1, maxLength: 20 })
      .map((text) => text.replace(/[\r\n]/g, " ").trim())
      .filter((text) => text !== "");
    fc.assert(
      fc.property(fc.uniqueArray(entry, { maxLength: 3 }), (items) => {
        expect(parseListLines(formatListLines(items), ACTORS)).toEqual({ ok: true, items });
      }),
    );
  });
});

describe("reviewStatus", () => {
  it("compares calendar days where the person is", () => {
    expect(localIsoDay(new Date(2009, 5, 3, 23, 59))).toBe("2009-06-03");
    expect(reviewStatus("2009-06-02", "2009-06-03")).toBe("overdue");
    expect(reviewStatus("2009-06-03", "2009-06-03")).toBe("due");
    expect(reviewStatus("2010-01-01", "2009-06-03")).toBe("upcoming");
    expect(reviewStatus(null, "2009-06-03")).toBeNull();
  });
});
