import { describe, expect, it } from "vitest";
import { CSV_LIMITS, csvProblemSummary, importCsv, type CsvImport, type CsvProblem } from "./csv-import";

function problems(text: string): CsvProblem[] {
  const result = importCsv(text);
  if (result.ok) throw new Error(`expected problems, got ${result.points.length} points`);
  return result.problems;
}

function points(text: string) {
  const result: CsvImport = importCsv(text);
  if (!result.ok) throw new Error(result.problems.map((found) => found.message).join("\n"));
  return result;
}

describe("importCsv: clean files", () => {
  it("reads years with sources and notes, sorted by time, empty values as gaps", () => {
    const result = points(
      ' Year , VALUE ,Source,notes\n2009,19803,INEGI,\n2008,14006,,"preliminary, revised"\n2010,,INEGI,no figure\n',
    );
    expect(result.xKind).toBe("year");
    expect(result.points).toEqual([
      { x: "2008", t: 2008, y: 14006, flags: [], note: "preliminary, revised" },
      { x: "2009", t: 2009, y: 19803, flags: [], source: "INEGI" },
      { x: "2010", t: 2010, y: null, flags: [], note: "no figure", source: "INEGI" },
    ]);
  });

  it("places months and days on the decimal-year axis", () => {
    expect(points("date,value\n2008-03,1\n2008-01,2\n").points.map((point) => [point.x, point.t])).toEqual([
      ["2008-01", 2008],
      ["2008-03", 2008 + 2 / 12],
    ]);
    const days = points("date,value\n2024-02-29,1\n2023-12-31,2\n");
    expect(days.xKind).toBe("date");
    expect(days.points.map((point) => [point.x, point.t])).toEqual([
      ["2023-12-31", 2023 + 364 / 365],
      ["2024-02-29", 2024 + 59 / 366],
    ]);
    expect(points("date,value\n2008,1\n").xKind).toBe("year");
  });

  it("accepts signs and decimals", () => {
    expect(points("year,value\n2001,-2.5\n2002,+25\n2003,.5\n2004,7.\n").points.map((point) => point.y)).toEqual([
      -2.5, 25, 0.5, 7,
    ]);
  });
});

describe("importCsv: every named problem, with line and column", () => {
  it("names a non-numeric value", () => {
    expect(problems("year,value\n2001,1\n2002,2\n2003,3\n2004,4\n2005,5\n2006,12x\n")).toEqual([
      {
        line: 7,
        column: 2,
        columnName: "value",
        message: expect.stringMatching(/^Line 7, column "value" \(2\): "12x" is not a number/),
      },
    ]);
  });

  it("explains thousands separators, decimal commas and percent signs", () => {
    const found = problems('year,value\n2001,"12,345"\n2002,"12,5"\n2003,25%\n2004,n/a\n');
    expect(found.map((item) => [item.line, item.column])).toEqual([
      [2, 2],
      [3, 2],
      [4, 2],
      [5, 2],
    ]);
    expect(found[0]?.message).toContain("e.g. 12345");
    expect(found[1]?.message).toContain("decimal comma");
    expect(found[2]?.message).toContain('"percent change"');
    expect(found[3]?.message).toContain("leave the value empty");
  });

  it("names bad and impossible dates", () => {
    const found = problems("date,value\n2023-02-30,1\n2008/03/01,2\n2008-13,3\n,4\n2024-02-29,5\n");
    expect(found.map((item) => [item.line, item.columnName])).toEqual([
      [2, "date"],
      [3, "date"],
      [4, "date"],
      [5, "date"],
    ]);
    expect(found[0]?.message).toBe(
      'Line 2, column "date" (1): "2023-02-30" is not a real date: February 2023 has 28 days.',
    );
    expect(found[3]?.message).toContain("missing");
  });

  it("refuses a month or date in a year column", () => {
    expect(problems("value,year\n1,2008-03\n")[0]?.message).toMatch(
      /^Line 2, column "year" \(2\): "2008-03" is not a year/,
    );
  });

  it("names a duplicate date and the line it repeats", () => {
    expect(problems("year,value\n2008,1\n2009,2\n2008,3\n")).toEqual([
      expect.objectContaining({ line: 4, column: 1, message: expect.stringContaining("already appears on line 2") }),
    ]);
  });

  it("refuses mixed granularity", () => {
    const [found] = problems("date,value\n2008,1\n2008-03,2\n");
    expect(found).toMatchObject({ line: 3, column: 1 });
    expect(found?.message).toContain("but line 2 has a year");
  });

  it("names rows with the wrong number of fields", () => {
    const found = problems("year,value\n2008,1,extra\n2009\n");
    expect(found.map((item) => [item.line, item.column])).toEqual([
      [2, null],
      [3, null],
    ]);
    expect(found[0]?.message).toContain("expected 2 fields (year, value), found 3");
  });

  it("names an unterminated quote where it opens", () => {
    expect(problems('year,value,notes\n2008,1,ok\n2009,2,"never closed\n2010,3,x\n')).toEqual([
      expect.objectContaining({
        line: 3,
        column: 3,
        columnName: "notes",
        message: expect.stringContaining("never closes"),
      }),
    ]);
  });

  it("refuses an empty file and a header without rows", () => {
    for (const empty of ["", "\uFEFF", "\n\n  \n"]) {
      expect(problems(empty)).toEqual([
        expect.objectContaining({ line: 1, message: expect.stringContaining("empty") }),
      ]);
    }
    expect(problems("year,value\n")[0]?.message).toContain("no data rows");
  });

  it("names unknown, unnamed and repeated columns and missing ones", () => {
    const found = problems("year,date,price,,Year\n2008,2008,1,2,2008\n");
    expect(found.map((item) => [item.column, item.columnName])).toEqual([
      [null, null],
      [2, "date"],
      [3, "price"],
      [4, null],
      [5, "Year"],
    ]);
    expect(found[0]?.message).toBe('Line 1: no "value" column; the header must name one.');
    expect(found[2]?.message).toContain('unknown column "price"');
  });

  it("refuses too many rows, naming the first one over the limit", () => {
    const rows = Array.from({ length: CSV_LIMITS.maxRows + 2 }, (_, index) => `${1000 + index},${index}`);
    const found = problems(`year,value\n${rows.join("\n")}\n`);
    expect(found).toEqual([
      expect.objectContaining({ line: CSV_LIMITS.maxRows + 2, message: expect.stringContaining("the limit is 5,000") }),
    ]);
  });

  it("refuses a field that is too long and a text that is too large", () => {
    const long = "x".repeat(CSV_LIMITS.maxFieldLength + 1);
    expect(problems(`year,value,notes\n2008,1,${long}\n`)).toEqual([
      expect.objectContaining({ line: 2, column: 3, message: expect.stringContaining("longer than 1,000") }),
    ]);
    const huge = `year,value,notes\n${`2008,1,${"é".repeat(900)}\n`.repeat(600)}`;
    expect(problems(huge)).toEqual([
      {
        line: null,
        column: null,
        columnName: null,
        message: expect.stringMatching(/^The text is 1\.\d MB; the limit is 1 MB/),
      },
    ]);
  });

  it("lists every problem in order, at most 100, and counts the rest", () => {
    const rows = Array.from({ length: 150 }, (_, index) => `${1000 + index},bad`);
    const result = importCsv(`year,value\n${rows.reverse().join("\n")}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problemCount).toBe(150);
    expect(csvProblemSummary(result)).toBe(
      "The CSV has 150 problems; the first 100 are listed. Nothing was imported: fix them and import again.",
    );
    expect(result.problems).toHaveLength(CSV_LIMITS.maxProblems);
    expect(result.problems.map((item) => item.line)).toEqual(Array.from({ length: 100 }, (_, index) => index + 2));
  });

  it("reports a stray quote once and does not also call the field a bad number", () => {
    expect(problems('year,value\n2008,1"2\n')).toEqual([
      expect.objectContaining({
        line: 2,
        column: 2,
        message: expect.stringContaining("quote inside an unquoted field"),
      }),
    ]);
  });
});
