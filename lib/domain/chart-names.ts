/**
 * The built-in charts' ids and titles, in the order the dashboard shows them. Kept apart from
 * their data so that naming a chart (a comment thread on one, say) does not load the figures.
 */
export const BUILT_IN_CHART_NAMES = [
  { id: "homicides", title: "Homicides recorded by INEGI, by year of registration" },
  { id: "homicide-rate", title: "Homicide rate per 100,000 people (INEGI)" },
  { id: "homicides-by-source", title: "INEGI death certificates vs police-reported homicides" },
  { id: "drug-war-killings", title: "Drug-war killings by counting source" },
  { id: "drug-war-killings-monthly", title: "Monthly drug-war killings, Reforma and Milenio tallies" },
  { id: "kidnappings", title: "Reported kidnappings, by source and vintage" },
  { id: "federal-crime-growth", title: "Growth of federal crimes" },
] as const;

export type BuiltInChartId = (typeof BUILT_IN_CHART_NAMES)[number]["id"];
