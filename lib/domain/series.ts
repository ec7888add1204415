import { z } from "zod";
import {
  DRUG_WAR_SERIES_IDS,
  FEDERAL_GROWTH_SERIES_IDS,
  KIDNAPPING_REPORT_SERIES_IDS,
  buildReferenceSeries,
} from "./reference-series";

/**
 * A time series as Mesa stores and serves it. `x` is the label the source used (a year
 * "2008", a month "2008-03", a day "2008-03-15" or a period "2005-2006"); `t` is its
 * position on a time axis in decimal years, so series of different granularity can share
 * one chart.
 */
export const SERIES_UNITS = ["count", "per_100k", "percent_change"] as const;
export const X_KINDS = ["year", "month", "date", "period"] as const;
export const POINT_FLAGS = ["preliminary", "partial"] as const;

export const seriesPointSchema = z.object({
  x: z.string().min(1),
  t: z.number().finite(),
  y: z.number().finite().nullable(),
  flags: z.array(z.enum(POINT_FLAGS)),
  /** What the flag means for this point, e.g. "Jan–Sep 2011 only". */
  note: z.string().optional(),
  /** Citation for this point when it differs from the series' source. */
  source: z.string().optional(),
});

export const seriesSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    title: z.string().min(1),
    unit: z.enum(SERIES_UNITS),
    xKind: z.enum(X_KINDS),
    source: z.string().min(1),
    description: z.string().min(1),
    points: z.array(seriesPointSchema).min(1),
  })
  .superRefine((series, ctx) => {
    const seen = new Set<string>();
    series.points.forEach((point, index) => {
      if (seen.has(point.x)) {
        ctx.addIssue({ code: "custom", path: ["points", index, "x"], message: `duplicate x "${point.x}"` });
      }
      seen.add(point.x);
      if (index > 0 && point.t < (series.points[index - 1]?.t ?? -Infinity)) {
        ctx.addIssue({ code: "custom", path: ["points", index, "t"], message: "points must be in time order" });
      }
    });
  });

export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SeriesUnit = Series["unit"];
export type PointFlag = SeriesPoint["flags"][number];

export interface ChartDefinition {
  id: string;
  title: string;
  unit: SeriesUnit;
  description: string;
  seriesIds: readonly string[];
}

/** Charts of the built-in data set, in the order the dashboard shows them. */
export const BUILT_IN_CHARTS: readonly ChartDefinition[] = [
  {
    id: "homicides",
    title: "Homicides recorded by INEGI, by year of registration",
    unit: "count",
    description: "Death-certificate homicides counted in the year they were registered.",
    seriesIds: ["inegi-homicides"],
  },
  {
    id: "homicide-rate",
    title: "Homicide rate per 100,000 people (INEGI)",
    unit: "per_100k",
    description: "Only years for which a source quoted INEGI's rate; other years are left blank.",
    seriesIds: ["inegi-homicide-rate"],
  },
  {
    id: "homicides-by-source",
    title: "INEGI death certificates vs police-reported homicides",
    unit: "count",
    description: "Police reports count investigations opened, not victims; the two lines are never merged.",
    seriesIds: ["inegi-homicides", "police-homicides"],
  },
  {
    id: "drug-war-killings",
    title: "Drug-war killings by counting source",
    unit: "count",
    description:
      "Each newspaper or government tally counts differently; compare trends within a line, not levels across lines.",
    seriesIds: DRUG_WAR_SERIES_IDS,
  },
  {
    id: "drug-war-killings-monthly",
    title: "Monthly drug-war killings, Reforma and Milenio tallies",
    unit: "count",
    description: "Two newspaper tallies month by month from 2007 to early 2010.",
    seriesIds: ["reforma-monthly", "milenio-monthly"],
  },
  {
    id: "kidnappings",
    title: "Reported kidnappings, by source and vintage",
    unit: "count",
    description: "Official kidnapping figures disagree between releases; each vintage is its own line.",
    seriesIds: KIDNAPPING_REPORT_SERIES_IDS,
  },
  {
    id: "federal-crime-growth",
    title: "Growth of federal crimes",
    unit: "percent_change",
    description: "Growth rates as reported; each bar belongs to one source and one period.",
    seriesIds: FEDERAL_GROWTH_SERIES_IDS,
  },
];

let cached: readonly Series[] | undefined;

/** The built-in series every workspace can chart, validated once. */
export function builtInSeries(): readonly Series[] {
  cached ??= buildReferenceSeries().map((series) => seriesSchema.parse(series));
  return cached;
}
