/**
 * Reading the time of an imported row. A year is `YYYY`; a date is `YYYY`, `YYYY-MM` or
 * `YYYY-MM-DD`. The label is kept as written (zero-padded), and `t` places it on the same
 * decimal-year axis as the built-in series: a month at year + (month − 1) / 12, a day at
 * year + (day of year − 1) / days in year.
 */

export type Granularity = "year" | "month" | "date";

export type TimeLabel = { ok: true; x: string; t: number; granularity: Granularity } | { ok: false; message: string };

const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const YEAR = /^\d{4}$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dayOfYear(year: number, month: number, day: number): number {
  let days = day;
  for (let earlier = 1; earlier < month; earlier += 1) days += daysInMonth(year, earlier);
  return days;
}

export function parseYear(text: string): TimeLabel {
  if (!YEAR.test(text) || Number(text) < 1000) {
    return { ok: false, message: `"${text}" is not a year; write four digits, e.g. 2008.` };
  }
  return { ok: true, x: text, t: Number(text), granularity: "year" };
}

export function parseDate(text: string): TimeLabel {
  const match = DATE.exec(text);
  if (!match || Number(match[1]) < 1000) {
    return {
      ok: false,
      message: `"${text}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2008, 2008-03 or 2008-03-15.`,
    };
  }
  const year = Number(match[1]);
  if (match[2] === undefined) return { ok: true, x: text, t: year, granularity: "year" };
  const month = Number(match[2]);
  if (month < 1 || month > 12) {
    return { ok: false, message: `"${text}" is not a real date: the month must be 01 to 12.` };
  }
  if (match[3] === undefined) return { ok: true, x: text, t: year + (month - 1) / 12, granularity: "month" };
  const day = Number(match[3]);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    return {
      ok: false,
      message: `"${text}" is not a real date: ${MONTH_NAMES[month - 1]} ${year} has ${lastDay} days.`,
    };
  }
  const daysInYear = isLeapYear(year) ? 366 : 365;
  return { ok: true, x: text, t: year + (dayOfYear(year, month, day) - 1) / daysInYear, granularity: "date" };
}
