import { describe, expect, it } from "vitest";
import { formatMarkdown, formatRatio, formatTable, formatValue, judge, medianFigures, type Figure } from "./report";

const p99: Figure = {
  scenario: 1,
  name: "edit→remote p99",
  unit: "ms",
  mesa: 4.2,
  reference: 6,
  target: { max: 25, vsReference: "at-most" },
};

describe("judge", () => {
  it("meets a target when under the limit and no worse than the reference", () => {
    expect(judge(p99)).toBe("met");
  });

  it("misses when over the absolute limit or worse than the reference", () => {
    expect(judge({ ...p99, mesa: 26, reference: 30 })).toBe("missed");
    expect(judge({ ...p99, mesa: 7 })).toBe("missed");
  });

  it("compares throughput the other way round", () => {
    const relayed: Figure = { ...p99, unit: "per-s", target: { vsReference: "at-least" } };
    expect(judge({ ...relayed, mesa: 100, reference: 100 })).toBe("met");
    expect(judge({ ...relayed, mesa: 99, reference: 100 })).toBe("missed");
  });

  it("compares rates in whole updates per second, as printed", () => {
    const relayed: Figure = { ...p99, unit: "per-s", target: { vsReference: "at-least" } };
    expect(judge({ ...relayed, mesa: 1399.925, reference: 1400 })).toBe("met");
    expect(judge({ ...relayed, mesa: 1399.4, reference: 1400 })).toBe("missed");
  });

  it("judges only the absolute limit when the reference has no figure", () => {
    expect(judge({ ...p99, reference: null })).toBe("met");
  });

  it("has no verdict without a target or without a Mesa figure", () => {
    expect(judge({ ...p99, target: undefined })).toBe("");
    expect(judge({ ...p99, mesa: null })).toBe("");
  });
});

describe("formatting", () => {
  it("prints values in their unit", () => {
    expect(formatValue(4.236, "ms")).toBe("4.24 ms");
    expect(formatValue(42.36, "ms")).toBe("42.4 ms");
    expect(formatValue(1234.5, "ms")).toBe("1235 ms");
    expect(formatValue(12345, "per-s")).toBe("12,345/s");
    expect(formatValue(2048, "bytes")).toBe("2.0 KB");
    expect(formatValue(3 * 1024 * 1024, "bytes")).toBe("3.0 MB");
    expect(formatValue(null, "ms")).toBe("n/a");
    expect(formatValue(Number.POSITIVE_INFINITY, "s")).toBe("n/a");
  });

  it("prints Mesa ÷ reference, or nothing without both", () => {
    expect(formatRatio(3, 6)).toBe("0.50×");
    expect(formatRatio(3, null)).toBe("");
    expect(formatRatio(0, 0)).toBe("1.00×");
    expect(formatRatio(1, 0)).toBe("");
  });

  it("aligns the table and lists notes below it", () => {
    const table = formatTable([
      p99,
      { scenario: 5, name: "first sync", unit: "ms", mesa: 12, reference: null, note: "Mesa only" },
    ]);
    const lines = table.split("\n");
    expect(lines[0]).toMatch(/^#\s+figure\s+Mesa\s+reference\s+ratio\s+target/);
    expect(lines[2]).toContain("4.20 ms");
    expect(lines[2]).toContain("0.70×");
    expect(lines[2]).toContain("≤ 25.0 ms, ≤ ref");
    expect(lines[2]).toMatch(/met$/);
    expect(lines[3]).toContain("n/a");
    expect(table).toContain("[5] first sync: Mesa only");
    // Right-aligned number columns end in the same place on every row.
    const mesaEnd = (line: string | undefined) => (line ?? "").indexOf(" ms") + 3;
    expect(mesaEnd(lines[2])).toBe(mesaEnd(lines[3]));
  });

  it("writes the same rows as Markdown", () => {
    const markdown = formatMarkdown([p99]).split("\n");
    expect(markdown).toHaveLength(3);
    expect(markdown[2]).toBe("| 1 | edit→remote p99 | 4.20 ms | 6.00 ms | 0.70× | ≤ 25.0 ms, ≤ ref | met |");
  });
});

describe("medianFigures", () => {
  it("takes each figure's median over the repetitions, per server", () => {
    const run = (mesa: number, reference: number | null): Figure[] => [
      { ...p99, mesa, reference, note: `run ${mesa}` },
    ];
    const [combined] = medianFigures([run(5, 9), run(1, 7), run(3, null)]);
    expect(combined).toMatchObject({ mesa: 3, reference: 8, note: "run 3" });
  });

  it("keeps the figures of the last repetition, in order", () => {
    const first: Figure[] = [p99];
    const second: Figure[] = [p99, { ...p99, name: "only here", mesa: 1 }];
    expect(medianFigures([first, second]).map((figure) => figure.name)).toEqual(["edit→remote p99", "only here"]);
  });
});
