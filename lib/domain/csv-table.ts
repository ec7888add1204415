import { csvField } from "./chart-csv";

/** A cell of an exported table: text is guarded and quoted, numbers are written as numbers, null is empty. */
export type CsvCell = string | number | null;

/**
 * Spreadsheet programs read a file as UTF-8 only when it starts with a byte-order mark;
 * without it "Mérida" opens as "MÃ©rida" in Excel.
 */
export const UTF8_BOM = "\uFEFF";

function cellText(cell: CsvCell): string {
  if (cell === null) return "";
  // A number is never guarded: "-2.5" must stay a number a spreadsheet can sum.
  if (typeof cell === "number") return Number.isFinite(cell) ? String(cell) : "";
  return csvField(cell);
}

/** A whole table as RFC 4180 CSV (CRLF line ends) with a UTF-8 byte-order mark. */
export function csvTable(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map((name) => csvField(name)), ...rows.map((row) => row.map(cellText))];
  return UTF8_BOM + lines.map((cells) => `${cells.join(",")}\r\n`).join("");
}

/** Milliseconds since the epoch as an ISO 8601 UTC time, or an empty cell. */
export function isoTime(at: number | undefined): string | null {
  return at === undefined ? null : new Date(at).toISOString();
}
