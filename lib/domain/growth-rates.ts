import type { Series } from "./series";

/**
 * Reported growth rates of federal crimes. They mix annual, three-year cumulative and
 * half-year comparisons from different counts, so they are shown as a table, one row per rate,
 * each with the period it compares and what it measures, never on one time axis.
 */
export interface GrowthRate {
  seriesId: string;
  /** Percent change as reported, e.g. 22.45. */
  value: number;
  /** The period as the source wrote it: "2005-2006", "H1 2006-H1 2007", "2011". */
  label: string;
  /** What is compared with what: "2006 over 2005 (one year)". */
  comparison: string;
  measures: string;
  /** Whether the RAND brief quotes this rate. */
  inBrief: boolean;
  source: string;
  /** Sort key: the start and end of the compared period, in decimal years. */
  span: [number, number];
}

/** What each growth series counts, and whether the brief quotes it. */
const MEASURES: Record<string, { measures: string; inBrief: boolean }> = {
  "federal-pgr-federal-crime-incidence-annual-growth": {
    measures: "Incidence of all federal crimes, Attorney General's Office (PGR)",
    inBrief: false,
  },
  "federal-pgr-federal-crime-incidence-cumulative-growth": {
    measures: "Incidence of all federal crimes, Attorney General's Office (PGR)",
    inBrief: false,
  },
  "federal-cesop-report-major-federal-crimes-incl-homicides-kidnappings": {
    measures: "“Major federal crimes” (homicides, kidnappings, arms trafficking), CESOP report",
    inBrief: true,
  },
  "federal-cesop-report-major-federal-crimes-first-half-2007-vs-first-h": {
    measures: "“Major federal crimes” (homicides, kidnappings, arms trafficking), CESOP report",
    inBrief: true,
  },
  "federal-segob-change-in-fuero-federal-crimes-vs-2010": {
    measures: "Federal crimes registered, Interior Ministry (Segob) report to the Senate",
    inBrief: false,
  },
};

function comparison(label: string): { comparison: string; span: [number, number] } {
  const half = /^H1 (\d{4})-H1 (\d{4})$/.exec(label);
  if (half) {
    const [from, to] = [Number(half[1]), Number(half[2])];
    return { comparison: `first half of ${to} over first half of ${from}`, span: [from, to + 0.5] };
  }
  const range = /^(\d{4})-(\d{4})$/.exec(label);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    const years = to - from;
    const length = years === 1 ? "one year" : `${years} years, cumulative`;
    return { comparison: `${to} over ${from} (${length})`, span: [from, to + 1] };
  }
  const year = /^(\d{4})$/.exec(label);
  if (year) {
    const to = Number(year[1]);
    return { comparison: `${to} over ${to - 1} (one year)`, span: [to - 1, to + 1] };
  }
  throw new Error(`Unrecognised growth period "${label}"`);
}

/** Every reported rate of the given growth series, ordered by the period it covers. */
export function growthRates(series: readonly Series[], ids: readonly string[]): GrowthRate[] {
  const rates = ids.flatMap((id) => {
    const item = series.find((candidate) => candidate.id === id);
    if (!item) return [];
    const about = MEASURES[id] ?? { measures: item.title, inBrief: false };
    return item.points.flatMap((point) =>
      point.y === null
        ? []
        : [
            {
              seriesId: id,
              value: point.y,
              label: point.x,
              ...comparison(point.x),
              ...about,
              source: point.source ?? item.source,
            },
          ],
    );
  });
  return rates.sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
}
