import { pointStatus, type ChartLine } from "./chart-data";
import { formatCitation } from "./citations";

export const CHART_CSV_COLUMNS = ["series", "x", "value", "status", "note", "source", "source_link"] as const;

/**
 * Spreadsheets run a cell that starts with one of these as a formula; a leading apostrophe
 * keeps a title or note such as "=HYPERLINK(…)" plain text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes. */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A chart's figures as CSV, one row per point, each with its status and the citation it came
 * from (the point's own, else its series') as a citation and its link. Missing figures are empty
 * cells, not zeros.
 */
export function chartCsv(lines: readonly ChartLine[]): string {
  const rows = lines.flatMap((line) =>
    line.points.map((point) => {
      const citation = formatCitation(point.source ?? line.source ?? "");
      return [
        csvField(line.label),
        csvField(point.x),
        point.y === null ? "" : String(point.y),
        csvField(pointStatus(point)),
        csvField(point.note ?? ""),
        csvField(citation.text),
        csvField(citation.href ?? ""),
      ].join(",");
    }),
  );
  return [CHART_CSV_COLUMNS.join(","), ...rows].map((row) => `${row}\r\n`).join("");
}
