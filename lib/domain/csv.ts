/**
 * An RFC 4180 CSV reader that keeps where every field came from, so a validator can name the
 * line and column of each problem. Beyond the RFC it accepts what spreadsheets write: LF or a
 * lone CR as well as CRLF, a UTF-8 byte-order mark, and blank lines (skipped). It never throws:
 * a malformed field is marked and reading carries on, so one pass finds every problem.
 */

export type CsvSyntaxKind = "unterminated_quote" | "stray_quote" | "text_after_quote" | "field_too_long";

export interface CsvField {
  value: string;
  /** 1-based line on which the field starts (a quoted field may span lines). */
  line: number;
  /** Set when the field is malformed: its value is then only what could be read. */
  problem?: CsvSyntaxKind;
}

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  line: number;
  fields: CsvField[];
}

const QUOTE = '"';
const COMMA = ",";
const CR = "\r";
const LF = "\n";

/** A record made of one blank, unquoted, well-formed field is a blank line, not data. */
function isBlank(fields: readonly CsvField[], quoted: boolean): boolean {
  const [only] = fields;
  return fields.length === 1 && !quoted && only !== undefined && !only.problem && only.value.trim() === "";
}

/**
 * Splits `text` into records of fields. A field longer than `maxFieldLength` is reported once
 * and cut there, so a runaway quote cannot build a huge string.
 */
export function parseCsv(text: string, maxFieldLength = Number.POSITIVE_INFINITY): CsvRecord[] {
  const records: CsvRecord[] = [];
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;

  let line = 1;
  let fields: CsvField[] = [];
  let recordLine = 1;
  let value = "";
  let fieldLine = 1;
  let inQuotes = false;
  let wasQuoted = false;
  let recordQuoted = false;
  let afterQuote = false;
  // The first problem of a field is the one to fix; a field with three stray quotes is one.
  let problem: CsvSyntaxKind | undefined;

  const report = (kind: CsvSyntaxKind) => {
    problem ??= kind;
  };
  const append = (chars: string) => {
    if (value.length + chars.length <= maxFieldLength) value += chars;
    else report("field_too_long");
  };
  const endField = () => {
    fields.push(problem ? { value, line: fieldLine, problem } : { value, line: fieldLine });
    recordQuoted ||= wasQuoted;
    value = "";
    wasQuoted = false;
    afterQuote = false;
    problem = undefined;
    fieldLine = line;
  };
  const endRecord = () => {
    endField();
    if (!isBlank(fields, recordQuoted)) records.push({ line: recordLine, fields });
    fields = [];
    recordQuoted = false;
    recordLine = line;
  };

  for (let index = 0; index < input.length; index += 1) {
    const char = input[index] ?? "";
    if (char === CR || char === LF) {
      // CRLF is one line break.
      const lineBreak = char === CR && input[index + 1] === LF ? CR + LF : char;
      index += lineBreak.length - 1;
      line += 1;
      if (inQuotes) append(lineBreak);
      else endRecord();
    } else if (inQuotes) {
      if (char !== QUOTE) append(char);
      else if (input[index + 1] === QUOTE) {
        append(QUOTE);
        index += 1;
      } else {
        inQuotes = false;
        afterQuote = true;
      }
    } else if (char === COMMA) {
      endField();
    } else if (afterQuote) {
      // Spaces between a closing quote and the comma are harmless; anything else is not.
      if (char.trim() !== "") report("text_after_quote");
    } else if (char === QUOTE && !wasQuoted && value.trim() === "") {
      // Spaces before an opening quote (`2008, "a, b"`) are dropped, as people type them.
      value = "";
      inQuotes = true;
      wasQuoted = true;
    } else {
      if (char === QUOTE) report("stray_quote");
      append(char);
    }
  }
  // An unclosed quote swallowed the rest of the text: that is the problem to report.
  if (inQuotes) problem = "unterminated_quote";
  if (value !== "" || wasQuoted || fields.length > 0) endRecord();
  return records;
}

/** Quotes a field when it holds a comma, quote or line break (RFC 4180), doubling its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) || value !== value.trim() ? `"${value.replaceAll(QUOTE, '""')}"` : value;
}
