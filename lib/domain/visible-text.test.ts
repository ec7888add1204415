import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanVisibleText, hasControlOrInvisible, hasVisibleCharacter } from "./visible-text";

const INVISIBLES = [
  "\u0000",
  "\u0007",
  "\u001B",
  "\u007F",
  "\u0085",
  "\u009B",
  "\u00AD",
  "\u200B",
  "\u200C",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u202A",
  "\u202E",
  "\u2060",
  "\u2064",
  "\u2066",
  "\u2069",
  "\uFEFF",
];

describe("cleanVisibleText", () => {
  it.each(INVISIBLES.map((character) => [character.codePointAt(0)!.toString(16).padStart(4, "0"), character]))(
    "removes U+%s",
    (_code, character) => {
      expect(cleanVisibleText(`Mex${character}ico`)).toBe("Mexico");
      expect(cleanVisibleText(character)).toBe("");
    },
  );

  it("turns tabs and line breaks into single spaces and trims", () => {
    expect(cleanVisibleText("  Mexico\t\tsecurity\r\nreview \u2028 2009  ")).toBe("Mexico security review 2009");
  });

  it("keeps letters of every script, emoji and punctuation", () => {
    for (const text of ["Seguridad en México", "Безопасность", "安全 評価", "مراجعة أمنية", "Review 🔍 (draft)"]) {
      expect(cleanVisibleText(text)).toBe(text);
    }
  });

  it("defuses a right-to-left override that would make a name read backwards", () => {
    expect(cleanVisibleText("invoice\u202Egnp.exe")).toBe("invoicegnp.exe");
  });
});

describe("hasVisibleCharacter", () => {
  it.each([
    ["", false],
    ["   ", false],
    ["\u3164", false],
    ["\u2800\u115F", false],
    ["a", true],
    ["·", true],
    ["7", true],
    ["🔍", true],
  ])("%j → %s", (text, visible) => {
    expect(hasVisibleCharacter(text)).toBe(visible);
  });
});

describe("hasControlOrInvisible", () => {
  it("finds every removed character and the whitespace controls a one-line name may not hold", () => {
    for (const character of [...INVISIBLES, "\t", "\n", "\r"])
      expect(hasControlOrInvisible(`a${character}b`)).toBe(true);
    expect(hasControlOrInvisible("Seguridad en México 🔍")).toBe(false);
  });
});

describe("cleanVisibleText properties", () => {
  const anyText = fc.string({ unit: "binary", maxLength: 40 });
  const invisible = fc.constantFrom(...INVISIBLES);

  it("leaves nothing invisible, no edge or doubled spaces, and is idempotent", () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const cleaned = cleanVisibleText(text);
        expect(hasControlOrInvisible(cleaned)).toBe(false);
        expect(cleaned).toBe(cleaned.trim());
        expect(cleaned).not.toMatch(/\s\s/);
        expect(cleanVisibleText(cleaned)).toBe(cleaned);
      }),
    );
  });

  it("ignores invisible characters slipped in anywhere", () => {
    fc.assert(
      fc.property(anyText, fc.array(fc.tuple(fc.nat(), invisible), { maxLength: 8 }), (text, insertions) => {
        const characters = [...text];
        for (const [at, character] of insertions) characters.splice(at % (characters.length + 1), 0, character);
        expect(cleanVisibleText(characters.join(""))).toBe(cleanVisibleText(text));
      }),
    );
  });
});
