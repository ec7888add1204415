import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { csvField, parseCsv } from "./csv";

const values = (text: string) => parseCsv(text).map((record) => record.fields.map((field) => field.value));

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks", () => {
    const text = 'year,notes\n2008,"a, b"\n2009,"said ""no"""\n2010,"two\nlines"\n';
    expect(values(text)).toEqual([
      ["year", "notes"],
      ["2008", "a, b"],
      ["2009", 'said "no"'],
      ["2010", "two\nlines"],
    ]);
  });

  it("accepts CRLF, LF and lone CR line ends, a byte-order mark and a blank trailing line", () => {
    const expected = [
      ["year", "value"],
      ["2008", "1"],
      ["2009", "2"],
    ];
    expect(values("\uFEFFyear,value\r\n2008,1\r\n2009,2\r\n")).toEqual(expected);
    expect(values("year,value\n2008,1\n2009,2")).toEqual(expected);
    expect(values("year,value\r2008,1\r2009,2\r\r")).toEqual(expected);
    expect(values("year,value\n\n2008,1\n   \n2009,2\n\n")).toEqual(expected);
  });

  it("keeps the line each record and field starts on", () => {
    const records = parseCsv('year,notes\n2008,"one\ntwo"\n\n2009,x\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 5]);
    expect(records[1]?.fields.map((field) => field.line)).toEqual([2, 2]);
    // A CRLF inside quotes counts as one line break and is kept as written.
    const crlf = parseCsv('a\r\n"x\r\ny"\r\nz');
    expect(crlf.map((record) => record.line)).toEqual([1, 2, 4]);
    expect(crlf[1]?.fields[0]?.value).toBe("x\r\ny");
  });

  it("keeps empty fields and quoted empty lines", () => {
    expect(values('a,b,c\n,,\n""\n')).toEqual([["a", "b", "c"], ["", "", ""], [""]]);
  });

  it("tolerates spaces around a quoted field", () => {
    expect(values('2008,  "a, b"  ,x')).toEqual([["2008", "a, b", "x"]]);
  });

  it("marks malformed fields and reads on", () => {
    const records = parseCsv('a,b\n1,x"y\n2,"z"w\n3,"open\n4,5\n');
    expect(records[1]?.fields[1]).toMatchObject({ line: 2, problem: "stray_quote" });
    expect(records[2]?.fields[1]).toMatchObject({ line: 3, problem: "text_after_quote" });
    expect(records[3]?.fields[1]).toMatchObject({ line: 4, problem: "unterminated_quote" });
    expect(records).toHaveLength(4);
  });

  it("cuts a field at the length limit and marks it", () => {
    const [record] = parseCsv(`${"x".repeat(20)},ok`, 10);
    expect(record?.fields[0]).toMatchObject({ value: "x".repeat(10), problem: "field_too_long" });
    expect(record?.fields[1]).toEqual({ value: "ok", line: 1 });
  });

  it("reads back whatever csvField writes", () => {
    const cell = fc.string({ unit: fc.constantFrom("a", " ", ",", '"', "\n", "\r\n", "é", "1") });
    const table = fc.array(fc.array(cell, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(table, fc.constantFrom("\n", "\r\n"), (rows, lineEnd) => {
        const text = rows.map((row) => row.map(csvField).join(",")).join(lineEnd);
        expect(values(text)).toEqual(rows);
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
