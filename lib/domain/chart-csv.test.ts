import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chartCsv, csvField } from "./chart-csv";

/** A minimal RFC 4180 reader, to check that whatever chartCsv writes reads back the same. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted && char === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += char;
    } else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      rows.push([...row, field]);
      row = [];
      field = "";
      i += 1;
    } else {
      field += char;
    }
  }
  return rows;
}

describe("chartCsv", () => {
  it("writes one row per point with status (every flag), note and the point's or series' source as a citation", () => {
    const csv = chartCsv([
      {
        key: "a",
        label: "Reforma tally",
        source: "Reforma newspaper",
        points: [
          { x: "2008", t: 2008, y: 5207, flags: [] },
          { x: "2009", t: 2009, y: null, flags: ["partial"], note: "Jan–Sep, only", source: 'Zeta "count"\nline 2' },
          {
            x: "2010",
            t: 2010,
            y: 764,
            flags: ["approximate", "incomplete"],
            note: "read off a chart",
            source:
              "https://eleconomista.com.mx/politica/Cierra-el-2010-con-saldo-rojo-ejecuciones-a-la-alza-20101230-0047.html",
          },
        ],
      },
    ]);
    expect(csv).toBe(
      "series,x,value,status,note,source,source_link\r\n" +
        "Reforma tally,2008,5207,definitive,,Reforma newspaper,\r\n" +
        'Reforma tally,2009,,partial year,"Jan–Sep, only","Zeta ""count""\nline 2",\r\n' +
        'Reforma tally,2010,764,"approximate, incomplete",read off a chart,"El Economista, “Cierra el 2010 con saldo rojo; ejecuciones a la alza”, 30 Dec 2010",https://eleconomista.com.mx/politica/Cierra-el-2010-con-saldo-rojo-ejecuciones-a-la-alza-20101230-0047.html\r\n',
    );
  });

  it("keeps formulas out of spreadsheets", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("@sum, x")).toBe(`"'@sum, x"`);
  });

  it("reads back field for field, whatever the text holds", () => {
    const text = fc.string({ unit: fc.constantFrom("a", ",", '"', "\n", "\r", " ", "é", "x"), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text, text), { minLength: 1, maxLength: 5 }), (rows) => {
        const lines = rows.map(([label, note, source], index) => ({
          key: String(index),
          label: `L${label}`,
          source: `S${source}`,
          points: [{ x: "2001", t: 2001, y: index, flags: [], note: `N${note}` }],
        }));
        const parsed = parseCsv(chartCsv(lines));
        expect(parsed[0]).toEqual(["series", "x", "value", "status", "note", "source", "source_link"]);
        expect(parsed.slice(1)).toEqual(
          rows.map(([label, note, source], index) => [
            `L${label}`,
            "2001",
            String(index),
            "definitive",
            `N${note}`,
            `S${source}`,
            "",
          ]),
        );
      }),
      { seed: 21, numRuns: 300 },
    );
  });
});
