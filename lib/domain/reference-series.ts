import {
  DRUG_WAR_KILLINGS_MONTHLY,
  DRUG_WAR_KILLINGS_MONTHLY_SOURCE,
  DRUG_WAR_KILLINGS_YEARLY,
  FEDERAL_CRIMES,
  INEGI_HOMICIDES_YEARLY,
  KIDNAPPINGS_YEARLY,
  POLICE_HOMICIDES_YEARLY,
} from "./data/reference-figures";
import type { Series, SeriesPoint } from "./series";

const INEGI_SOURCE = "INEGI mortality statistics (death certificates), year of registration";

/** Counting sources of drug-war killings, one line each: their methods differ, so they never merge. */
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
  el_economista: { title: "El Economista", source: "Narco-execution count cited by El Economista" },
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

function drugWarSeries(): Series[] {
  return Object.entries(DRUG_WAR_SOURCES).map(([key, meta]) => ({
    id: drugWarSeriesId(key),
    title: meta.title,
    unit: "count",
    xKind: "year",
    source: meta.source,
    description: `Killings attributed to the drug war as counted by: ${meta.source}.`,
    points: DRUG_WAR_KILLINGS_YEARLY.filter((row) => row[3] === key).map(([year, killings, coverage, , , source]) =>
      yearPoint(
        year,
        killings,
        coverage === "calendar year" ? { source } : { source, flags: ["partial"], note: coverage },
      ),
    ),
  }));
}

function monthlySeries(): Series[] {
  const column = (index: 2 | 3): SeriesPoint[] =>
    DRUG_WAR_KILLINGS_MONTHLY.map((row) => ({
      x: `${row[0]}-${String(row[1]).padStart(2, "0")}`,
      t: row[0] + (row[1] - 1) / 12,
      y: row[index],
      flags: [],
    }));
  const base = { unit: "count", xKind: "month", source: DRUG_WAR_KILLINGS_MONTHLY_SOURCE } as const;
  return [
    {
      ...base,
      id: "reforma-monthly",
      title: "Reforma (monthly)",
      description: "Reforma's monthly tally of ejecuciones.",
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

function kidnappingSeries(): Series[] {
  return [...groupBy(KIDNAPPINGS_YEARLY, (row) => row[2]).entries()].map(([name, rows]) => ({
    id: `kidnappings-${slug(name)}`,
    title: name,
    unit: "count",
    xKind: "year",
    source: rows[0]?.[3] ?? name,
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

export function buildReferenceSeries(): Series[] {
  return [...homicideSeries(), ...drugWarSeries(), ...monthlySeries(), ...kidnappingSeries(), ...federalCrimeSeries()];
}
