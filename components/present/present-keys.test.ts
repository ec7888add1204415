import { describe, expect, it } from "vitest";
import { presentKeyAction, slideAfter } from "./present-keys";

describe("presentKeyAction", () => {
  it("steps with the side arrows and a clicker's page keys, and leaves with Esc", () => {
    expect(presentKeyAction({ key: "ArrowRight" })).toEqual({ kind: "next" });
    expect(presentKeyAction({ key: "PageDown" })).toEqual({ kind: "next" });
    expect(presentKeyAction({ key: "ArrowLeft" })).toEqual({ kind: "previous" });
    expect(presentKeyAction({ key: "PageUp" })).toEqual({ kind: "previous" });
    expect(presentKeyAction({ key: "Home" })).toEqual({ kind: "first" });
    expect(presentKeyAction({ key: "End" })).toEqual({ kind: "last" });
    expect(presentKeyAction({ key: "Escape" })).toEqual({ kind: "exit" });
  });

  it("jumps with the number keys 1–9", () => {
    expect(presentKeyAction({ key: "1" })).toEqual({ kind: "go", index: 0 });
    expect(presentKeyAction({ key: "9" })).toEqual({ kind: "go", index: 8 });
    expect(presentKeyAction({ key: "0" })).toBeNull();
  });

  it("leaves up and down to scrolling, modified keys to the browser, and Space to a focused button", () => {
    expect(presentKeyAction({ key: "ArrowDown" })).toBeNull();
    expect(presentKeyAction({ key: "ArrowUp" })).toBeNull();
    expect(presentKeyAction({ key: "ArrowRight", altKey: true })).toBeNull();
    expect(presentKeyAction({ key: "1", ctrlKey: true })).toBeNull();
    expect(presentKeyAction({ key: "Home", metaKey: true })).toBeNull();
    expect(presentKeyAction({ key: " " })).toEqual({ kind: "next" });
    expect(presentKeyAction({ key: " " }, true)).toBeNull();
  });
});

describe("slideAfter", () => {
  it("stops at both ends instead of wrapping", () => {
    expect(slideAfter({ kind: "next" }, 4, 5)).toBe(4);
    expect(slideAfter({ kind: "previous" }, 0, 5)).toBe(0);
    expect(slideAfter({ kind: "next" }, 1, 5)).toBe(2);
    expect(slideAfter({ kind: "last" }, 1, 5)).toBe(4);
    expect(slideAfter({ kind: "first" }, 3, 5)).toBe(0);
  });

  it("ignores a number beyond the last slide, and has nowhere to go without slides", () => {
    expect(slideAfter({ kind: "go", index: 2 }, 0, 5)).toBe(2);
    expect(slideAfter({ kind: "go", index: 7 }, 0, 5)).toBeNull();
    expect(slideAfter({ kind: "next" }, 0, 0)).toBeNull();
    expect(slideAfter({ kind: "exit" }, 2, 5)).toBeNull();
  });
});
