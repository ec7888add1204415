import { describe, expect, it } from "vitest";
import { nameSchema } from "./schema";

describe("nameSchema", () => {
  it.each(["Border security", "  Seguridad fronteriza  ", "Option 3 (cost ≥ $1bn) 🔍"])("accepts %j", (name) => {
    expect(nameSchema.safeParse(name).success).toBe(true);
  });

  it.each([
    ["a zero-width space alone", "\u200B"],
    ["a Hangul filler alone", "\u3164"],
    ["a NUL", "Border\u0000security"],
    ["a right-to-left override", "Border \u202Esecurity"],
    ["a bidi isolate", "\u2066Border\u2069"],
    ["a line break", "Border\nsecurity"],
    ["a byte-order mark inside", "Bor\uFEFFder"],
  ])("refuses %s", (_what, name) => {
    const result = nameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/name/);
  });
});
