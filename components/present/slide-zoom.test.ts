import { describe, expect, it } from "vitest";
import { SLIDE_WIDTH, slideZoom } from "./use-slide-zoom";

describe("slideZoom", () => {
  it("scales a room's screen up from the slide's width and never shrinks a small one", () => {
    expect(slideZoom(1920)).toBe(1.67);
    expect(slideZoom(SLIDE_WIDTH)).toBe(1);
    expect(slideZoom(390)).toBe(1);
    expect(slideZoom(7680)).toBe(2.2);
  });
});
