/** Ordinal levels the brief uses to rate an option against a priority area. */
export const LEVELS = ["high", "medium", "low"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABEL: Record<Level, string> = {
  high: "High",
  medium: "Medium",
  low: "Low",
};

export const THREAT_CATEGORIES = ["us_priority", "mexico_domestic"] as const;
export type ThreatCategory = (typeof THREAT_CATEGORIES)[number];

export const THREAT_CATEGORY_LABEL: Record<ThreatCategory, string> = {
  us_priority: "U.S. priority",
  mexico_domestic: "Mexican domestic concern",
};

export const THREAT_TRENDS = ["worsening", "stable", "improving", "potential", "unassessed"] as const;
export type ThreatTrend = (typeof THREAT_TRENDS)[number];

export const THREAT_TRENDS_LABEL: Record<ThreatTrend, string> = {
  worsening: "Worsening",
  stable: "Stable",
  improving: "Improving",
  potential: "Potential concern",
  unassessed: "Not assessed by the brief",
};

/** Likelihood and impact of a threat are rated on a 1–5 scale; null means unrated. */
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export type Score = 1 | 2 | 3 | 4 | 5;

export function isScore(value: unknown): value is Score {
  return Number.isInteger(value) && (value as number) >= SCORE_MIN && (value as number) <= SCORE_MAX;
}

export function isLevel(value: unknown): value is Level {
  return typeof value === "string" && (LEVELS as readonly string[]).includes(value);
}
