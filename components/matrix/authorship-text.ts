import type { Authorship } from "@/lib/collab";

/** Participant id the workspace template stamps on the values it seeds (lib/collab/template.ts). */
const TEMPLATE_AUTHOR = "template";

export type FormatTime = (at: number) => string;

/** "12 May 2025, 14:02" in the reader's locale and time zone. */
export function formatMoment(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }).format(at);
}

/** The person behind a change, or null for nobody or the template (it would crowd every seeded cell). */
export function personName(who: Partial<Authorship> | undefined): string | null {
  return who?.byName && who.by !== TEMPLATE_AUTHOR ? who.byName : null;
}

/**
 * "Rated High by Ana · 12 May 2025, 14:02", or "Rated High: from the RAND brief (2009)" for a
 * seeded value; null when nobody is on record.
 */
export function changeText(
  action: string,
  who: Partial<Authorship> | undefined,
  formatTime: FormatTime = formatMoment,
): string | null {
  if (!who?.byName) return null;
  if (who.by === TEMPLATE_AUTHOR) return `${action}: from the ${who.byName}`;
  const when = who.at === undefined ? "" : ` · ${formatTime(who.at)}`;
  return `${action} by ${who.byName}${when}`;
}
