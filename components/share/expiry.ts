/** The expiry choices of a new link: presets, or the end of a chosen day. */
export const EXPIRY_PRESETS = [
  { value: "never", label: "Never" },
  { value: "1d", label: "In 1 day" },
  { value: "7d", label: "In 7 days" },
  { value: "30d", label: "In 30 days" },
  { value: "date", label: "On a date…" },
] as const;

export type ExpiryChoice = (typeof EXPIRY_PRESETS)[number]["value"];

const DAY_MS = 24 * 60 * 60 * 1000;
const DAYS: Partial<Record<ExpiryChoice, number>> = { "1d": 1, "7d": 7, "30d": 30 };

/**
 * The ISO time a choice means (undefined: never), or an error sentence. A date means the end
 * of that day where the facilitator is, so "until Friday" includes Friday.
 */
export function expiryFrom(choice: ExpiryChoice, date: string, now: number): { iso?: string; error?: string } {
  if (choice === "never") return {};
  const days = DAYS[choice];
  if (days !== undefined) return { iso: new Date(now + days * DAY_MS).toISOString() };
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return { error: "Pick the day the link should stop working." };
  const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59).getTime();
  if (end <= now) return { error: "Pick a day from today on." };
  return { iso: new Date(end).toISOString() };
}

/** Today as YYYY-MM-DD in local time: the earliest day a date input offers. */
export function localDay(now: number): string {
  const date = new Date(now);
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
