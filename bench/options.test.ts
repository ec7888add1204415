import { describe, expect, it } from "vitest";
import { FULL, parseOptions, QUICK, UsageError } from "./options";

describe("parseOptions", () => {
  it("defaults to the full sizes, every scenario and one generator per core", () => {
    const options = parseOptions([], 2);
    expect(options.sizes).toEqual(FULL);
    expect(options.only).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(options.workers).toBe(2);
    expect(options.mesa).toBe("auto");
  });

  it("takes the quick sizes and lets a flag override one of them", () => {
    const options = parseOptions(["--quick", "--viewers", "300"], 4);
    expect(options.sizes).toEqual({ ...QUICK, viewers: 300 });
  });

  it("runs the scenarios picked with --only, in order, once each", () => {
    expect(parseOptions(["--only", "3,1,3"], 2).only).toEqual([1, 3]);
  });

  it("refuses bad values with the flag at fault", () => {
    expect(() => parseOptions(["--only", "9"], 2)).toThrow(UsageError);
    expect(() => parseOptions(["--clients", "0"], 2)).toThrow("--clients must be a positive number");
    expect(() => parseOptions(["--mesa", "docker"], 2)).toThrow("--mesa must be auto, dist or tsx");
    expect(() => parseOptions(["--nonsense"], 2)).toThrow();
  });
});
