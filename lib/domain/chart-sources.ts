import { flagText } from "./chart-data";
import type { SeriesPoint } from "./series";

/** "1990–2016, 2018, 2005-2006": runs of whole years collapse, other period labels stay as written. */
export function compactPeriods(labels: readonly string[]): string {
  const parts: string[] = [];
  let run: [number, number] | undefined;
  const flush = () => {
    if (run) parts.push(run[0] === run[1] ? String(run[0]) : `${run[0]}–${run[1]}`);
    run = undefined;
  };
  for (const label of labels) {
    const year = /^\d{4}$/.test(label) ? Number(label) : undefined;
    if (year !== undefined && run && year === run[1] + 1) {
      run[1] = year;
      continue;
    }
    flush();
    if (year === undefined) parts.push(label);
    else run = [year, year];
  }
  flush();
  return parts.join(", ");
}

export interface SourceGroup {
  source: string;
  /** The periods this citation covers, compacted. */
  periods: string;
}

/** Per-point citations grouped by citation, in the order they first appear. */
export function pointSourceGroups(points: readonly SeriesPoint[]): SourceGroup[] {
  const groups = new Map<string, string[]>();
  for (const point of points) {
    if (!point.source) continue;
    groups.set(point.source, [...(groups.get(point.source) ?? []), point.x]);
  }
  return [...groups].map(([source, labels]) => ({ source, periods: compactPeriods(labels) }));
}

/**
 * Flags and notes of single points: "2011: partial year: Jan–Sep 2011 only". Neighbouring
 * points with the same note share one line ("2007-01 to 2007-12: approximate: …"), so a
 * series read off a chart carries a note a reader can take in, not one per month.
 */
export function pointNotes(points: readonly SeriesPoint[]): string[] {
  const groups = new Map<string, { runs: [string, string][]; lastIndex: number }>();
  points.forEach((point, index) => {
    const text = point.flags.length > 0 ? flagText(point) : point.note;
    if (!text) return;
    const group = groups.get(text);
    const run = group?.runs.at(-1);
    if (group && run && group.lastIndex === index - 1) run[1] = point.x;
    else if (group) group.runs.push([point.x, point.x]);
    else groups.set(text, { runs: [[point.x, point.x]], lastIndex: index });
    const current = groups.get(text);
    if (current) current.lastIndex = index;
  });
  return [...groups].map(([text, { runs }]) => {
    const periods = runs.map(([first, last]) => (first === last ? first : `${first} to ${last}`)).join(", ");
    return `${periods}: ${text}`;
  });
}
