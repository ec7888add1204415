import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { UTF8_BOM, csvTable, isoTime } from "./csv-table";

function read(text: string): string[][] {
  return parseCsv(text).map((record) => record.fields.map((field) => field.value));
}

describe("csvTable", () => {
  it("starts with a byte-order mark and ends every line with CRLF", () => {
    const text = csvTable(["a", "b"], [["x", 1]]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.slice(1)).toBe("a,b\r\nx,1\r\n");
  });

  it("keeps numbers numeric, negative ones included, and guards text that starts like a formula", () => {
    const text = csvTable(
      ["text", "number"],
      [
        ["=SUM(A1:A9)", -2.5],
        ["-2.5", 0],
        ["+1", null],
        ["@cmd", 3],
        ["\tTab", 4],
        ["\rCR", 5],
      ],
    );
    expect(read(text).slice(1)).toEqual([
      ["'=SUM(A1:A9)", "-2.5"],
      ["'-2.5", "0"],
      ["'+1", ""],
      ["'@cmd", "3"],
      ["'\tTab", "4"],
      ["'\rCR", "5"],
    ]);
  });

  it("round-trips accents, quotes, commas and line breaks through a CSV parser", () => {
    const cells = ["Mérida, Yucatán", 'Calderón said "no"', "line one\nline two", "Michoacán"];
    const text = csvTable(["a", "b", "c", "d"], [cells]);
    expect(read(text)).toEqual([["a", "b", "c", "d"], cells]);
  });

  it("writes a time as ISO 8601 and a missing one as an empty cell", () => {
    expect(isoTime(Date.UTC(2009, 5, 30, 12))).toBe("2009-06-30T12:00:00.000Z");
    expect(isoTime(undefined)).toBeNull();
  });
});
