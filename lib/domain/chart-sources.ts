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

/** Flags and notes of single points: "2011: partial year: Jan–Sep 2011 only". */
export function pointNotes(points: readonly SeriesPoint[]): string[] {
  return points.flatMap((point) => {
    if (point.flags.length > 0) return [`${point.x}: ${flagText(point)}`];
    return point.note ? [`${point.x}: ${point.note}`] : [];
  });
}
