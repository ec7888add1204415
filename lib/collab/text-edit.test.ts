import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { applyTextInput, shiftIndex, spliceBetween } from "./text-edit";

function applySplice(before: string, splice: { index: number; deleteCount: number; insert: string }): string {
  return before.slice(0, splice.index) + splice.insert + before.slice(splice.index + splice.deleteCount);
}

describe("text edits", () => {
  it("finds the one splice between two values, for any pair", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(), (before, after, cursor) => {
        expect(applySplice(before, spliceBetween(before, after, cursor % (after.length + 1)))).toBe(after);
      }),
    );
  });

  it("puts a doubled letter where the caret is", () => {
    expect(spliceBetween("aa", "aaa", 1)).toEqual({ index: 1, deleteCount: 0, insert: "a" });
    expect(spliceBetween("hello world", "hello  world", 6)).toEqual({ index: 6, deleteCount: 0, insert: " " });
  });

  it("drops what would go past the limit", () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    expect(applyTextInput(text, "abcd", 4, 5)).toEqual({ clipped: false });
    expect(applyTextInput(text, "abcdefgh", 8, 5)).toEqual({ clipped: true });
    expect(text.toString()).toBe("abcde");
  });

  it("keeps a caret in place across a peer's change elsewhere", () => {
    const doc = new Y.Doc();
    const text = doc.getText("t");
    text.insert(0, "hello world");
    let caret = 8; // before the "r" of "world"
    text.observe((event) => {
      caret = shiftIndex(caret, event.delta);
    });
    text.insert(0, ">> ");
    expect(caret).toBe(11);
    text.delete(6, 3); // "lo " before the caret
    expect(caret).toBe(8);
    text.insert(10, "!"); // after the caret
    expect(caret).toBe(8);
    text.delete(6, 4); // a span across the caret
    expect(caret).toBe(6);
    expect(text.toString().slice(0, caret)).toBe(">> hel");
  });
});
