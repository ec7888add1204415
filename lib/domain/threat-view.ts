import { THREAT_TRENDS, isScore, type Score, type ThreatCategory, type ThreatTrend } from "./scales";

/**
 * Which threats the register shows, and in what order: filters, a heat-map cell and a sort.
 * Pure, so the page, the URL and the tests agree on what a view means.
 */

/** The fields of a threat a view reads; the collab layer's Threat has all of them. */
export interface ViewableThreat {
  id: string;
  name: string;
  category: ThreatCategory;
  trend: ThreatTrend;
  likelihood: number | null;
  impact: number | null;
  actors: readonly string[];
  owner: string;
  nextReview: string | null;
  notes: string;
  sources: readonly string[];
}

export const THREAT_SORTS = ["register", "name", "score", "trend", "review", "owner"] as const;
export type ThreatSort = (typeof THREAT_SORTS)[number];

export const THREAT_SORT_LABEL: Record<ThreatSort, string> = {
  register: "Register order",
  name: "Name (A–Z)",
  score: "Score (highest first)",
  trend: "Trend (worsening first)",
  review: "Next review (soonest first)",
  owner: "Owner (A–Z)",
};

/** One cell of the likelihood × impact heat map. */
export interface HeatCell {
  likelihood: Score;
  impact: Score;
}

export interface ThreatView {
  category: ThreatCategory | null;
  trend: ThreatTrend | null;
  /** `null`: any owner; `""`: threats nobody owns yet. */
  owner: string | null;
  /** Free text matched against name, actors, notes and sources. */
  query: string;
  cell: HeatCell | null;
  sort: ThreatSort;
}

export const DEFAULT_THREAT_VIEW: ThreatView = {
  category: null,
  trend: null,
  owner: null,
  query: "",
  cell: null,
  sort: "register",
};

/** Likelihood × impact, or null until both are rated. */
export function threatScore(threat: Pick<ViewableThreat, "likelihood" | "impact">): number | null {
  return isScore(threat.likelihood) && isScore(threat.impact) ? threat.likelihood * threat.impact : null;
}

/** Case- and accent-insensitive, so "michoacan" finds "Michoacán". */
export function foldText(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

function matchesQuery(threat: ViewableThreat, query: string): boolean {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldText([threat.name, ...threat.actors, threat.notes, ...threat.sources].join("\n"));
  return words.every((word) => haystack.includes(word));
}

function sameOwner(owner: string, wanted: string): boolean {
  return foldText(owner.trim()) === foldText(wanted.trim());
}

export function matchesView(threat: ViewableThreat, view: ThreatView): boolean {
  if (view.category !== null && threat.category !== view.category) return false;
  if (view.trend !== null && threat.trend !== view.trend) return false;
  if (view.owner !== null && !sameOwner(threat.owner, view.owner)) return false;
  if (view.cell && (threat.likelihood !== view.cell.likelihood || threat.impact !== view.cell.impact)) return false;
  return matchesQuery(threat, view.query);
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const TREND_RANK = new Map<ThreatTrend, number>(THREAT_TRENDS.map((trend, index) => [trend, index]));
const UNRATED = -1;

function compareMissingLast<V>(a: V | null, b: V | null, compare: (a: V, b: V) => number): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return compare(a, b);
}

/** Unrated scores, missing dates and missing owners sort after every value. */
const COMPARE: Record<Exclude<ThreatSort, "register">, (a: ViewableThreat, b: ViewableThreat) => number> = {
  name: (a, b) => collator.compare(a.name, b.name),
  // Highest first; of equal scores, the greater impact first.
  score: (a, b) => (threatScore(b) ?? UNRATED) - (threatScore(a) ?? UNRATED) || (b.impact ?? 0) - (a.impact ?? 0),
  trend: (a, b) => (TREND_RANK.get(a.trend) ?? 0) - (TREND_RANK.get(b.trend) ?? 0),
  // ISO dates compare as strings.
  review: (a, b) => compareMissingLast(a.nextReview, b.nextReview, (x, y) => (x < y ? -1 : x > y ? 1 : 0)),
  owner: (a, b) => compareMissingLast(a.owner.trim() || null, b.owner.trim() || null, collator.compare),
};

/** A new array; ties keep register order, so the list never reshuffles for no reason. */
export function sortThreats<T extends ViewableThreat>(threats: readonly T[], sort: ThreatSort): T[] {
  if (sort === "register") return [...threats];
  const compare = COMPARE[sort];
  return threats
    .map((threat, index) => ({ threat, index }))
    .sort((a, b) => compare(a.threat, b.threat) || a.index - b.index)
    .map(({ threat }) => threat);
}

export function applyThreatView<T extends ViewableThreat>(threats: readonly T[], view: ThreatView): T[] {
  return sortThreats(
    threats.filter((threat) => matchesView(threat, view)),
    view.sort,
  );
}

/** Whether anything but the sort narrows the list. */
export function isFiltered(view: ThreatView): boolean {
  return (
    view.category !== null ||
    view.trend !== null ||
    view.owner !== null ||
    view.query.trim() !== "" ||
    view.cell !== null
  );
}

/** Every filter off; the sort stays, since it hides nothing. */
export function clearFilters(view: ThreatView): ThreatView {
  return { ...DEFAULT_THREAT_VIEW, sort: view.sort };
}

/** Owners to offer in the owner filter: each once, A–Z, with "nobody" flagged apart. */
export function ownerChoices(threats: readonly Pick<ViewableThreat, "owner">[]): {
  owners: string[];
  unowned: boolean;
} {
  const byKey = new Map<string, string>();
  let unowned = false;
  for (const { owner } of threats) {
    const trimmed = owner.trim();
    if (trimmed === "") unowned = true;
    else if (!byKey.has(foldText(trimmed))) byKey.set(foldText(trimmed), trimmed);
  }
  return { owners: [...byKey.values()].sort(collator.compare), unowned };
}
