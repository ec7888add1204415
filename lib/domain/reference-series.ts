import {
  DRUG_WAR_KILLINGS_MONTHLY,
  DRUG_WAR_KILLINGS_MONTHLY_SOURCE,
  DRUG_WAR_KILLINGS_YEARLY,
  FEDERAL_CRIMES,
  INEGI_HOMICIDES_YEARLY,
  KIDNAPPINGS_YEARLY,
  POLICE_HOMICIDES_YEARLY,
} from "./data/reference-figures";
import { FIGURE_CAVEATS } from "./data/caveats";
import { KIDNAPPING_LABELS } from "./data/kidnapping-labels";
import type { Series, SeriesPoint } from "./series";

const INEGI_SOURCE = "INEGI mortality statistics (death certificates), year of registration";

/**
 * Counting sources of drug-war killings, one line each: their methods differ, so they never
 * merge. El Economista's 2009 figure is Reforma's count, so it is cited on Reforma's point
 * rather than drawn as a source of its own.
 */
const DRUG_WAR_SOURCES: Record<string, { title: string; source: string }> = {
  renglones: {
    title: "Moloeznik (Renglones no. 61)",
    source: "Moloeznik count compiled by Shirk, Trans-Border Institute",
  },
  reforma: { title: "Reforma tally", source: "Reforma newspaper count of ejecuciones" },
  milenio: { title: "Milenio tally", source: "Milenio newspaper count of ejecuciones" },
  federal_db: {
    title: "Federal database",
    source: "Federal government database of killings presumed linked to criminal rivalry",
  },
  federal_ejecuciones: {
    title: "Federal 'ejecuciones' series",
    source: "Federal government ejecuciones series as reported by Agencia Reforma (2014)",
  },
  press_tally: { title: "Press tally (2010)", source: "Press tally of ejecuciones, outlet not named" },
  pgr: { title: "PGR count (2010)", source: "Attorney General's Office (PGR) executions count" },
  zeta: { title: "Semanario Zeta", source: "Semanario Zeta count of organized-crime killings" },
};

export const DRUG_WAR_SERIES_IDS: readonly string[] = Object.keys(DRUG_WAR_SOURCES).map(drugWarSeriesId);

function drugWarSeriesId(key: string): string {
  return `killings-${key.replace(/_/g, "-")}`;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60)
    .replace(/^-+|-+$/g, "");
}

function yearPoint(year: number, y: number | null, extra: Partial<SeriesPoint> = {}): SeriesPoint {
  return { x: String(year), t: year, y, flags: [], ...extra };
}

function homicideSeries(): Series[] {
  const counts = INEGI_HOMICIDES_YEARLY.map(([year, count, , status, source]) =>
    yearPoint(year, count, { flags: status === "preliminary" ? ["preliminary"] : [], source }),
  );
  const rates = INEGI_HOMICIDES_YEARLY.filter(([, , rate]) => rate !== null).map(([year, , rate, status, source]) =>
    yearPoint(year, rate, { flags: status === "preliminary" ? ["preliminary"] : [], source }),
  );
  const police = POLICE_HOMICIDES_YEARLY.map(([year, count, source]) => yearPoint(year, count, { source }));
  return [
    {
      id: "inegi-homicides",
      title: "INEGI homicides (year of registration)",
      unit: "count",
      xKind: "year",
      source: INEGI_SOURCE,
      description:
        "Victims of homicide by the year their death certificate was registered. 2017 and 2024 are preliminary.",
      points: counts,
    },
    {
      id: "inegi-homicide-rate",
      title: "INEGI homicide rate per 100,000",
      unit: "per_100k",
      xKind: "year",
      source: `${INEGI_SOURCE}; rates as quoted by the press where INEGI published them`,
      description: "Rate per 100,000 inhabitants, only for the years a source quoted it.",
      points: rates,
    },
    {
      id: "police-homicides",
      title: "Police-reported intentional homicides (SESNSP)",
      unit: "count",
      xKind: "year",
      source: "SESNSP preliminary investigations (averiguaciones previas) for intentional homicide, old methodology",
      description: "Investigations opened by prosecutors, not victims; not comparable in level with INEGI.",
      points: police,
    },
  ];
}

/** Reforma's count as other outlets cite it: "year" → the citing source. */
const REFORMA_ALSO_CITED: ReadonlyMap<number, string> = new Map(
  DRUG_WAR_KILLINGS_YEARLY.filter((row) => row[3] === "el_economista").map((row) => [row[0], row[5]]),
);

function drugWarPoint(key: string, row: (typeof DRUG_WAR_KILLINGS_YEARLY)[number]): SeriesPoint {
  const [year, killings, coverage, , , rowSource] = row;
  const citedBy = key === "reforma" ? REFORMA_ALSO_CITED.get(year) : undefined;
  const source = citedBy ? `${rowSource}; the same count is cited by ${citedBy}` : rowSource;
  return yearPoint(
    year,
    killings,
    coverage === "calendar year" ? { source } : { source, flags: ["partial"], note: coverage },
  );
}

function drugWarSeries(): Series[] {
  return Object.entries(DRUG_WAR_SOURCES).map(([key, meta]) => ({
    id: drugWarSeriesId(key),
    title: meta.title,
    unit: "count",
    xKind: "year",
    source: meta.source,
    description: `Killings attributed to the drug war as counted by: ${meta.source}.`,
    points: DRUG_WAR_KILLINGS_YEARLY.filter((row) => row[3] === key).map((row) => drugWarPoint(key, row)),
  }));
}

const COUNT = new Intl.NumberFormat("en-US");

/**
 * Reforma's monthly figures were read off a published chart, so each is approximate; the note
 * gives how far that year's months are from Reforma's own annual total.
 */
function digitizedNote(year: number): string {
  const months = DRUG_WAR_KILLINGS_MONTHLY.filter((row) => row[0] === year).map((row): number => row[2] ?? 0);
  const annual = DRUG_WAR_KILLINGS_YEARLY.find((row) => row[3] === "reforma" && row[0] === year)?.[1];
  const base = "Read off a published chart";
  if (annual === undefined || months.length < 12) return base;
  const sum = months.reduce((total, value) => total + value, 0);
  return `${base}: ${year}'s months sum to ${COUNT.format(sum)}, Reforma's annual total is ${COUNT.format(annual)}`;
}

function monthlySeries(): Series[] {
  const column = (index: 2 | 3): SeriesPoint[] =>
    DRUG_WAR_KILLINGS_MONTHLY.map((row) => ({
      x: `${row[0]}-${String(row[1]).padStart(2, "0")}`,
      t: row[0] + (row[1] - 1) / 12,
      y: row[index],
      ...(index === 2 && row[index] !== null
        ? { flags: ["approximate" as const], note: digitizedNote(row[0]) }
        : { flags: [] }),
    }));
  const base = { unit: "count", xKind: "month", source: DRUG_WAR_KILLINGS_MONTHLY_SOURCE } as const;
  return [
    {
      ...base,
      id: "reforma-monthly",
      title: "Reforma (monthly)",
      description:
        "Reforma's monthly tally of ejecuciones, read off a published chart: approximate, and its monthly sums differ from Reforma's annual totals.",
      points: column(2),
    },
    {
      ...base,
      id: "milenio-monthly",
      title: "Milenio (monthly)",
      description: "Milenio's monthly tally of ejecuciones.",
      points: column(3),
    },
  ];
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

const SURVEY_MARK = "ENVIPE";
const EACH_POINT_CITED = "Each year cites its own file or report (see the figures' sources)";

function kidnappingSeries(): Series[] {
  return [...groupBy(KIDNAPPINGS_YEARLY, (row) => row[2]).entries()].map(([name, rows]) => ({
    id: `kidnappings-${slug(name)}`,
    title: KIDNAPPING_LABELS[name] ?? name,
    unit: "count",
    xKind: "year",
    // A line whose years cite different files or reports has no one source: each point cites its own.
    source: new Set(rows.map((row) => row[3])).size === 1 ? (rows[0]?.[3] ?? name) : EACH_POINT_CITED,
    description: name.includes(SURVEY_MARK)
      ? "A victimisation-survey estimate, not a count of reports: never compare it with reported kidnappings."
      : "Kidnappings as reported in this release; other releases give other numbers for the same years.",
    points: rows.map(([year, count, , source]) => yearPoint(year, count, { source })),
  }));
}

export const KIDNAPPING_REPORT_SERIES_IDS: readonly string[] = kidnappingSeries()
  .filter((series) => !series.title.includes(SURVEY_MARK))
  .map((series) => series.id);

/** Position of a reported period on the time axis: its end ("H1 2006-H1 2007" ends mid-2007). */
function periodEnd(period: string): number {
  const years = [...period.matchAll(/(H1 )?(\d{4})/g)];
  const last = years[years.length - 1];
  if (!last?.[2]) throw new Error(`Unrecognised period "${period}"`);
  return Number(last[2]) + (last[1] ? 0.5 : 1) - 1;
}

function federalCrimeSeries(): Series[] {
  return [...groupBy(FEDERAL_CRIMES, (row) => `${row[3]}|${row[2]}`).values()].map((rows) => {
    const [, , unit, name, source] = rows[0] ?? ["", 0, "count", "", ""];
    return {
      id: `federal-${slug(name)}`,
      title: name,
      unit: unit === "pct_change" ? "percent_change" : "count",
      xKind: rows.some(([period]) => period.includes("-")) ? "period" : "year",
      source,
      description: "Federal-crime figures on this source's own basis; compare growth only within this series.",
      points: rows
        .map(([period, value, , , pointSource]) => ({
          x: period,
          t: periodEnd(period),
          y: value,
          flags: [],
          source: pointSource,
        }))
        .sort((a, b) => a.t - b.t),
    };
  });
}

export const FEDERAL_GROWTH_SERIES_IDS: readonly string[] = federalCrimeSeries()
  .filter((series) => series.unit === "percent_change")
  .map((series) => series.id);

/** Adds each known caveat to its point; a caveat whose point is missing is an error in the data. */
function withCaveats(series: Series[]): Series[] {
  const byId = new Map(series.map((item) => [item.id, item]));
  for (const caveat of FIGURE_CAVEATS) {
    const point = byId.get(caveat.seriesId)?.points.find((candidate) => candidate.x === caveat.x);
    if (!point) throw new Error(`Caveat for a missing figure: ${caveat.seriesId} ${caveat.x}`);
    point.flags = [...point.flags, caveat.flag];
    point.note = point.note ? `${point.note}; ${caveat.note}` : caveat.note;
  }
  return series;
}

export function buildReferenceSeries(): Series[] {
  return withCaveats([
    ...homicideSeries(),
    ...drugWarSeries(),
    ...monthlySeries(),
    ...kidnappingSeries(),
    ...federalCrimeSeries(),
  ]);
}
