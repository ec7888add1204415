import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField } from "./csv";
import { importCsv } from "./csv-import";
import type { SeriesPoint } from "./series";

/** One generated row: what is written into the file and the point it must come back as. */
interface Row {
  cells: Record<string, string>;
  point: SeriesPoint;
}

interface Sample {
  granularity: "year" | "month" | "date";
  timeColumn: "year" | "date";
  /** Column keys in file order, and each key as the header writes it. */
  order: string[];
  headerNames: Record<string, string>;
  rows: Row[];
  lineEnd: string;
  bom: boolean;
  trailingBreak: boolean;
}

const DAY_MS = 86_400_000;
const pad = (value: number) => String(value).padStart(2, "0");

function timeOf(granularity: Sample["granularity"], offset: number): { x: string; t: number } {
  if (granularity === "year") return { x: String(1900 + offset), t: 1900 + offset };
  if (granularity === "month") {
    const year = 1950 + Math.floor(offset / 12);
    const month = (offset % 12) + 1;
    return { x: `${year}-${pad(month)}`, t: year + (month - 1) / 12 };
  }
  const date = new Date(Date.UTC(1950, 0, 1) + offset * DAY_MS);
  const year = date.getUTCFullYear();
  const dayIndex = (date.getTime() - Date.UTC(year, 0, 1)) / DAY_MS;
  const days = (Date.UTC(year + 1, 0, 1) - Date.UTC(year, 0, 1)) / DAY_MS;
  return { x: `${year}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`, t: year + dayIndex / days };
}

// Free text with everything CSV must escape; the importer trims cells, so the expected value is trimmed too.
const freeText = fc.string({
  unit: fc.constantFrom("a", "Z", " ", ",", '"', "\n", "\r\n", "é", "7", ";"),
  maxLength: 12,
});
const figure = fc.oneof(
  fc.constant(null),
  fc.integer({ min: -1_000_000, max: 10_000_000 }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }).map((cents) => cents / 100),
);
const headerCase = (name: string) =>
  fc
    .tuple(
      fc.constantFrom(name, name.toUpperCase(), name[0]!.toUpperCase() + name.slice(1)),
      fc.constantFrom("", " ", "  "),
    )
    .map(([written, space]) => `${space}${written}${space}`);

const sample: fc.Arbitrary<Sample> = fc
  .constantFrom<Sample["granularity"]>("year", "month", "date")
  .chain((granularity) =>
    fc.record({
      granularity: fc.constant(granularity),
      timeColumn:
        granularity === "year" ? fc.constantFrom<"year" | "date">("year", "date") : fc.constant("date" as const),
      offsets: fc.uniqueArray(fc.integer({ min: 0, max: granularity === "date" ? 40_000 : 150 }), {
        minLength: 1,
        maxLength: 25,
      }),
      values: fc.array(fc.tuple(figure, fc.option(freeText), fc.option(freeText)), { minLength: 25, maxLength: 25 }),
      optional: fc.subarray(["source", "notes"]),
      shuffle: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
      lineEnd: fc.constantFrom("\n", "\r\n"),
      bom: fc.boolean(),
      trailingBreak: fc.boolean(),
    }),
  )
  .chain((draft) => {
    const keys = ["time", "value", ...draft.optional];
    const order = keys
      .map((key, index) => ({ key, rank: draft.shuffle[index] ?? 0 }))
      .sort((a, b) => a.rank - b.rank)
      .map((entry) => entry.key);
    const names = {
      time: headerCase(draft.timeColumn),
      value: headerCase("value"),
      source: headerCase("source"),
      notes: headerCase("notes"),
    };
    return fc.record(names).map((headerNames): Sample => {
      const rows = draft.offsets.map((offset, index): Row => {
        const [y, source, notes] = draft.values[index] ?? [null, null, null];
        const { x, t } = timeOf(draft.granularity, offset);
        const cells: Record<string, string> = { time: x, value: y === null ? "" : String(y) };
        const point: SeriesPoint = { x, t, y, flags: [] };
        if (order.includes("notes")) {
          cells.notes = notes ?? "";
          if (notes?.trim()) point.note = notes.trim();
        }
        if (order.includes("source")) {
          cells.source = source ?? "";
          if (source?.trim()) point.source = source.trim();
        }
        return { cells, point };
      });
      return { ...draft, order, headerNames, rows };
    });
  });

const breaks = (text: string) => text.match(/\r\n|\r|\n/g)?.length ?? 0;

/**
 * Writes the sample as CSV. Returns the text, the 1-based line of each row and of each of its
 * cells (a quoted line break moves the cells after it down). `extraAt` gives that row one
 * field more than the header.
 */
function write(input: Sample, rows: readonly Row[] = input.rows, extraAt = -1) {
  const header = input.order.map((key) => csvField(input.headerNames[key] ?? key)).join(",");
  const lines: { row: number; cells: Record<string, number> }[] = [];
  let line = 2;
  const body = rows.map((row, index) => {
    const cells: Record<string, number> = {};
    const start = line;
    const fields = input.order.map((key) => {
      const field = csvField(row.cells[key] ?? "");
      cells[key] = line;
      line += breaks(field);
      return field;
    });
    lines.push({ row: start, cells });
    line += 1;
    return fields.join(",") + (index === extraAt ? ",extra" : "");
  });
  const text = [header, ...body].join(input.lineEnd) + (input.trailingBreak ? input.lineEnd : "");
  return { text: (input.bom ? "\uFEFF" : "") + text, lines };
}

describe("importCsv properties", () => {
  it("gives back exactly the points that were written, sorted by time", () => {
    fc.assert(
      fc.property(sample, (input) => {
        const result = importCsv(write(input).text);
        expect(result).toEqual({
          ok: true,
          xKind: input.granularity,
          points: input.rows.map((row) => row.point).sort((a, b) => a.t - b.t),
        });
      }),
      { seed: 2024, numRuns: 300 },
    );
  });

  it("reports any single corruption at its line and column, and imports nothing", () => {
    const corruption = fc.constantFrom(
      "value:12x",
      "value:1,234",
      "value:abc",
      "time:20x8",
      "time:",
      "extra",
      "duplicate",
    );
    fc.assert(
      fc.property(sample, corruption, fc.nat(), (input, kind, pick) => {
        fc.pre(kind !== "duplicate" || input.rows.length > 1);
        const index = pick % input.rows.length;
        const rows = input.rows.map((row) => ({ ...row, cells: { ...row.cells } }));
        const target = rows[index]!;
        let column: string | null = null;
        let expectedIndex = index;
        if (kind.startsWith("value:") || kind.startsWith("time:")) {
          const [key, bad] = kind.split(":") as [string, string];
          target.cells[key] = bad;
          column = key;
        } else if (kind === "duplicate") {
          const other = (index + 1) % rows.length;
          target.cells.time = rows[other]!.cells.time!;
          column = "time";
          expectedIndex = Math.max(index, other);
        }
        const written = write(input, rows, kind === "extra" ? index : -1);
        const result = importCsv(written.text);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.problems).toHaveLength(1);
        expect(result.problems[0]).toMatchObject({
          line: column === null ? written.lines[expectedIndex]?.row : written.lines[expectedIndex]?.cells[column],
          column: column === null ? null : input.order.indexOf(column) + 1,
          columnName: column === null ? null : input.headerNames[column]?.trim(),
        });
      }),
      { seed: 99, numRuns: 300 },
    );
  });
});
