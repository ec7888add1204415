import { BUILT_IN_CHART_NAMES, type BuiltInChartId } from "./chart-names";
import {
  DRUG_WAR_SERIES_IDS,
  FEDERAL_GROWTH_SERIES_IDS,
  KIDNAPPING_REPORT_SERIES_IDS,
  buildReferenceSeries,
} from "./reference-series";
import { seriesSchema, type ChartDefinition, type Series } from "./series";

/** What each built-in chart plots and how it reads; its id and title are in chart-names. */
const CHART_DETAILS: Record<BuiltInChartId, Omit<ChartDefinition, "id" | "title">> = {
  homicides: {
    unit: "count",
    description: "Death-certificate homicides counted in the year they were registered.",
    seriesIds: ["inegi-homicides"],
  },
  "homicide-rate": {
    unit: "per_100k",
    description: "Only years for which a source quoted INEGI's rate; other years are left blank.",
    seriesIds: ["inegi-homicide-rate"],
  },
  "homicides-by-source": {
    unit: "count",
    description: "Police reports count investigations opened, not victims; the two lines are never merged.",
    seriesIds: ["inegi-homicides", "police-homicides"],
  },
  "drug-war-killings": {
    unit: "count",
    description:
      "Each newspaper or government tally counts differently; compare trends within a line, not levels across lines.",
    seriesIds: DRUG_WAR_SERIES_IDS,
  },
  "drug-war-killings-monthly": {
    unit: "count",
    description: "Two newspaper tallies month by month from 2007 to early 2010.",
    seriesIds: ["reforma-monthly", "milenio-monthly"],
  },
  kidnappings: {
    unit: "count",
    description: "Official kidnapping figures disagree between releases; each vintage is its own line.",
    seriesIds: KIDNAPPING_REPORT_SERIES_IDS,
  },
  "federal-crime-growth": {
    unit: "percent_change",
    description:
      "Growth rates as reported: annual, three-year and half-year comparisons from different counts. Compare a rate only with rates of the same source and kind.",
    seriesIds: FEDERAL_GROWTH_SERIES_IDS,
    display: "growth-table",
  },
};

/** Charts of the built-in data set, in the order the dashboard shows them. */
export const BUILT_IN_CHARTS: readonly ChartDefinition[] = BUILT_IN_CHART_NAMES.map((name) => ({
  ...name,
  ...CHART_DETAILS[name.id],
}));

let cached: readonly Series[] | undefined;

/** The built-in series every workspace can chart, validated once. */
export function builtInSeries(): readonly Series[] {
  cached ??= buildReferenceSeries().map((series) => seriesSchema.parse(series));
  return cached;
}
