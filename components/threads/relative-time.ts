export interface TimeFormatOptions {
  locale?: string;
  timeZone?: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "12 Mar 2009, 14:05": the full moment, for a `title` and `<time dateTime>`. */
export function absoluteTime(at: number, { locale, timeZone }: TimeFormatOptions = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(at);
}

/**
 * "just now", "5 minutes ago", "3 hours ago", "yesterday", "4 days ago"; a date beyond a week.
 * `at` is the author's clock, which may run a little ahead of this one: a moment up to a
 * minute in the future still reads "just now".
 */
export function relativeTime(at: number, now: number, { locale, timeZone }: TimeFormatOptions = {}): string {
  const ago = now - at;
  if (ago < -MINUTE || ago >= 7 * DAY) {
    const sameYear = new Date(at).getUTCFullYear() === new Date(now).getUTCFullYear();
    return new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: sameYear ? undefined : "numeric",
      timeZone,
    }).format(at);
  }
  if (ago < 45_000) return "just now";
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  if (ago < HOUR) return format.format(-Math.max(1, Math.floor(ago / MINUTE)), "minute");
  if (ago < DAY) return format.format(-Math.floor(ago / HOUR), "hour");
  return format.format(-Math.floor(ago / DAY), "day");
}
