import { parseCsv, type CsvRecord, type CsvSyntaxKind } from "./csv";
import { parseValue, shorten } from "./csv-value";
import type { SeriesPoint } from "./series";
import { parseDate, parseYear, type Granularity } from "./time-label";

/**
 * Turns the text of a CSV file into the points of one series, or into the list of every
 * problem in it. Nothing is partly imported: one problem and there are no points.
 */

/** Documented in docs/api.md ("CSV format"); the server enforces the same numbers. */
export const CSV_LIMITS = {
  /** UTF-8 bytes of the whole text. */
  maxBytes: 1_048_576,
  /** Rows below the header (blank lines do not count). */
  maxRows: 5_000,
  /** Characters in one field. */
  maxFieldLength: 1_000,
  /** Problems listed; the rest are counted. */
  maxProblems: 100,
} as const;

export const CSV_COLUMNS = ["date", "year", "value", "source", "notes"] as const;
type ColumnName = (typeof CSV_COLUMNS)[number];

function isColumnName(key: string): key is ColumnName {
  return (CSV_COLUMNS as readonly string[]).includes(key);
}

export interface CsvProblem {
  /** 1-based line of the text; null when the problem concerns the whole text. */
  line: number | null;
  /** 1-based position of the column; null when the problem concerns the whole line. */
  column: number | null;
  /** The column's header as written, when there is one. */
  columnName: string | null;
  /** A complete sentence including where, e.g. `Line 7, column "value" (2): "12x" is not a number…`. */
  message: string;
}

export type CsvImport =
  { ok: true; xKind: Granularity; points: SeriesPoint[] } | { ok: false; problems: CsvProblem[]; problemCount: number };

const SYNTAX_MESSAGE: Record<CsvSyntaxKind, string> = {
  unterminated_quote: "a quote opens here and never closes; add the closing quote.",
  stray_quote: 'a quote inside an unquoted field; wrap the whole field in quotes and double the inner quote ("").',
  text_after_quote: "text after the closing quote; put the whole field inside the quotes.",
  field_too_long: `the field is longer than ${CSV_LIMITS.maxFieldLength.toLocaleString("en-US")} characters; shorten it.`,
};

const GRANULARITY_NAME: Record<Granularity, string> = { year: "a year", month: "a month", date: "a day" };

interface Column {
  index: number;
  name: string;
}

function problem(line: number | null, column: Column | null, text: string): CsvProblem {
  const where =
    line === null
      ? ""
      : column === null
        ? `Line ${line}: `
        : column.name === ""
          ? `Line ${line}, column ${column.index}: `
          : `Line ${line}, column "${shorten(column.name, 30)}" (${column.index}): `;
  return { line, column: column?.index ?? null, columnName: column?.name || null, message: `${where}${text}` };
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

interface Header {
  columns: Column[];
  time: (Column & { kind: "date" | "year" }) | undefined;
  value: Column | undefined;
  source: Column | undefined;
  notes: Column | undefined;
}

function readHeader(record: CsvRecord, report: (problem: CsvProblem) => void): Header {
  const columns = record.fields.map((field, index) => ({ index: index + 1, name: field.value.trim() }));
  const found = new Map<ColumnName, Column>();
  for (const column of columns) {
    const key = column.name.toLowerCase();
    // A malformed name is reported as a syntax problem; what could be read of it means nothing.
    if (record.fields[column.index - 1]?.problem) continue;
    if (key === "") {
      report(problem(record.line, column, "this column has no name; name it date, year, value, source or notes."));
    } else if (!isColumnName(key)) {
      report(
        problem(
          record.line,
          column,
          `unknown column "${shorten(column.name)}"; the columns are date or year, value, and optionally source and notes.`,
        ),
      );
    } else if (found.has(key)) {
      report(problem(record.line, column, `a second "${key}" column; keep one.`));
    } else {
      found.set(key, column);
    }
  }
  const date = found.get("date");
  const year = found.get("year");
  if (date && year) {
    const second = date.index > year.index ? date : year;
    report(problem(record.line, second, 'both "date" and "year" columns; keep one of them.'));
  }
  if (!date && !year) report(problem(record.line, null, 'no "date" or "year" column; the header must name one.'));
  if (!found.has("value")) report(problem(record.line, null, 'no "value" column; the header must name one.'));
  const time = date ? { ...date, kind: "date" as const } : year ? { ...year, kind: "year" as const } : undefined;
  return { columns, time, value: found.get("value"), source: found.get("source"), notes: found.get("notes") };
}

interface RowContext {
  header: Header;
  report: (problem: CsvProblem) => void;
  seen: Map<string, number>;
  first: { granularity: Granularity; line: number } | undefined;
}

function readRow(record: CsvRecord, context: RowContext): SeriesPoint | undefined {
  const { header, report } = context;
  if (record.fields.length !== header.columns.length) {
    const names = header.columns.map((column) => column.name || "?").join(", ");
    report(
      problem(
        record.line,
        null,
        `expected ${header.columns.length} fields (${shorten(names, 80)}), found ${record.fields.length}; put quotes around fields that contain commas.`,
      ),
    );
    return undefined;
  }
  const cell = (column: Column) => record.fields[column.index - 1];
  const text = (column: Column | undefined) => {
    const field = column && cell(column);
    // A malformed field was reported already: checking its content would only repeat that.
    return field && !field.problem ? field.value.trim() : undefined;
  };
  const at = (column: Column) => cell(column)?.line ?? record.line;
  let valid = true;
  const fail = (column: Column, message: string) => {
    valid = false;
    report(problem(at(column), column, message));
  };

  const time = header.time;
  const timeText = text(time);
  let x = "";
  let t = 0;
  if (time && timeText !== undefined) {
    const label = timeText === "" ? undefined : time.kind === "year" ? parseYear(timeText) : parseDate(timeText);
    if (!label) fail(time, `the ${time.kind} is missing; every row needs one.`);
    else if (!label.ok) fail(time, label.message);
    else {
      ({ x, t } = label);
      const duplicateOf = context.seen.get(x);
      if (duplicateOf !== undefined)
        fail(time, `${x} already appears on line ${duplicateOf}; keep one row per ${time.kind}.`);
      else context.seen.set(x, at(time));
      context.first ??= { granularity: label.granularity, line: at(time) };
      if (label.granularity !== context.first.granularity) {
        fail(
          time,
          `"${x}" is ${GRANULARITY_NAME[label.granularity]}, but line ${context.first.line} has ${GRANULARITY_NAME[context.first.granularity]}; use one granularity for the whole file.`,
        );
      }
    }
  } else valid = false;

  const valueText = text(header.value);
  let y: number | null = null;
  if (header.value && valueText !== undefined) {
    const value = parseValue(valueText);
    if (value.ok) y = value.y;
    else fail(header.value, value.message);
  } else valid = false;

  if (!valid) return undefined;
  const source = text(header.source);
  const note = text(header.notes);
  return { x, t, y, flags: [], ...(note ? { note } : {}), ...(source ? { source } : {}) };
}

/** One sentence for the top of a problem list, e.g. "The CSV has 134 problems; the first 100 are listed." */
export function csvProblemSummary(result: Extract<CsvImport, { ok: false }>): string {
  const count = result.problemCount;
  const listed = result.problems.length < count ? `; the first ${result.problems.length} are listed` : "";
  return `The CSV has ${count} problem${count === 1 ? "" : "s"}${listed}. Nothing was imported: fix them and import again.`;
}

export function importCsv(text: string): CsvImport {
  const problems: CsvProblem[] = [];
  const report = (found: CsvProblem) => problems.push(found);
  const finish = (): CsvImport => ({
    ok: false,
    problems: problems
      .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
      .slice(0, CSV_LIMITS.maxProblems),
    problemCount: problems.length,
  });

  const bytes = utf8Length(text);
  if (bytes > CSV_LIMITS.maxBytes) {
    report(
      problem(
        null,
        null,
        `The text is ${(bytes / 1_048_576).toFixed(1)} MB; the limit is 1 MB. Split the series into smaller files or drop the notes column.`,
      ),
    );
    return finish();
  }
  const records = parseCsv(text, CSV_LIMITS.maxFieldLength);
  const [headerRecord, ...rows] = records;
  if (!headerRecord) {
    report(problem(1, null, "the file is empty; paste a header line (e.g. year,value) and one row per year."));
    return finish();
  }
  const header = readHeader(headerRecord, report);
  for (const record of records) {
    record.fields.forEach((field, index) => {
      if (!field.problem) return;
      const name = record === headerRecord ? field.value.trim() : (header.columns[index]?.name ?? "");
      report(problem(field.line, { index: index + 1, name }, SYNTAX_MESSAGE[field.problem]));
    });
  }
  // A field with an unclosed quote swallowed the rest of the text: its record is not a row.
  const unterminated = records.at(-1)?.fields.some((field) => field.problem === "unterminated_quote") ?? false;
  if (rows.length === 0) {
    if (!unterminated) {
      report(problem(headerRecord.line, null, "there is a header but no data rows; add one row per date below it."));
    }
    return finish();
  }
  if (rows.length > CSV_LIMITS.maxRows) {
    const first = rows[CSV_LIMITS.maxRows];
    report(
      problem(
        first?.line ?? null,
        null,
        `the file has ${rows.length.toLocaleString("en-US")} data rows; the limit is ${CSV_LIMITS.maxRows.toLocaleString("en-US")}. Split the series or use a coarser granularity.`,
      ),
    );
  }
  if (!header.time || !header.value) return finish();

  const context: RowContext = { header, report, seen: new Map(), first: undefined };
  const checked = rows.slice(0, CSV_LIMITS.maxRows).slice(0, unterminated ? -1 : undefined);
  const points = checked.flatMap((record) => readRow(record, context) ?? []);
  if (problems.length > 0) return finish();
  return {
    ok: true,
    xKind: context.first?.granularity ?? "year",
    points: points.sort((a, b) => a.t - b.t),
  };
}
