/**
 * Turning what a person typed into a threat's list fields (actors, sources: one per line) into
 * values, with messages that point at the line at fault. Lines, not commas, separate entries:
 * actor names and citations contain commas ("Corrupted police (federal, state, municipal)").
 */

export interface ListLimits {
  /** What one entry is called in messages: "actor", "source". */
  noun: string;
  maxLength: number;
  maxCount: number;
}

export type ParsedList = { ok: true; items: string[] } | { ok: false; message: string };

/** Trimmed, blank lines dropped, repeats kept once (the first). */
export function parseListLines(text: string, limits: ListLimits): ParsedList {
  const items: string[] = [];
  const lines = text.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const item = line.trim();
    if (item === "" || items.includes(item)) continue;
    if (item.length > limits.maxLength) {
      return {
        ok: false,
        message: `Line ${index + 1} has ${item.length} characters: keep each ${limits.noun} to ${limits.maxLength}.`,
      };
    }
    items.push(item);
  }
  if (items.length > limits.maxCount) {
    return { ok: false, message: `That is ${items.length} ${limits.noun}s: list at most ${limits.maxCount}.` };
  }
  return { ok: true, items };
}

export function formatListLines(items: readonly string[]): string {
  return items.join("\n");
}

/** The calendar day of `date` where the person is, as YYYY-MM-DD (not the UTC day). */
export function localIsoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "overdue" before `today` (YYYY-MM-DD), "due" on it, "upcoming" after; null with no date set. */
export function reviewStatus(nextReview: string | null, today: string): "overdue" | "due" | "upcoming" | null {
  if (nextReview === null) return null;
  return nextReview < today ? "overdue" : nextReview === today ? "due" : "upcoming";
}
