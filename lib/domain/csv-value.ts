/**
 * Reading the value of an imported row. Only plain numbers are accepted: digits with an
 * optional sign and decimal point. Thousands separators are refused rather than guessed,
 * because "1,234" means 1234 in Mexico and the U.S. but 1.234 in much of Europe; a wrong
 * guess would import a figure a thousand times off without anyone noticing.
 */

export type CellValue = { ok: true; y: number | null } | { ok: false; message: string };

const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;
const GROUPED = /^[+-]?\d{1,3}(?:[,.' ]\d{3})+(?:[.,]\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
const MISSING_MARKERS = new Set(["na", "n/a", "nan", "null", "none", "-", "--", "—", "..", "...", "n.d.", "nd"]);

/** `text` is the trimmed cell; empty means no figure for that time (a gap in the line). */
export function parseValue(text: string): CellValue {
  if (text === "") return { ok: true, y: null };
  if (PLAIN_NUMBER.test(text)) {
    const y = Number(text);
    if (!Number.isFinite(y)) return { ok: false, message: `"${shorten(text)}" is too large to be a figure.` };
    // -0 would print as "0" but compare unequal in Object.is; a figure has no sign at zero.
    return { ok: true, y: y === 0 ? 0 : y };
  }
  const percent = PERCENT.exec(text);
  if (percent) {
    return {
      ok: false,
      message: `"${text}" has a percent sign; write ${percent[1]} and choose the unit "percent change".`,
    };
  }
  if (GROUPED.test(text)) {
    const plain = text.replace(/[,.' ](?=\d{3}(?:\D|$))/g, "");
    const example = PLAIN_NUMBER.test(plain) ? `, e.g. ${plain}` : "";
    return {
      ok: false,
      message: `"${text}" has a thousands separator; write the number without separators and with a decimal point${example}.`,
    };
  }
  if (DECIMAL_COMMA.test(text)) {
    return {
      ok: false,
      message: `"${text}" uses a decimal comma; write a decimal point, e.g. ${text.replace(",", ".")}.`,
    };
  }
  if (MISSING_MARKERS.has(text.toLowerCase())) {
    return { ok: false, message: `"${text}" is not a number; leave the value empty where there is no figure.` };
  }
  return {
    ok: false,
    message: `"${shorten(text)}" is not a number; write digits with an optional minus sign and decimal point (e.g. 1234 or -5.5), or leave it empty for a gap.`,
  };
}

/** Long cells are cut in messages so one bad cell cannot flood the list of problems. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
