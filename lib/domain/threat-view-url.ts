import { THREAT_CATEGORIES, THREAT_TRENDS, isScore } from "./scales";
import { DEFAULT_THREAT_VIEW, THREAT_SORTS, type HeatCell, type ThreatView } from "./threat-view";

/**
 * The register's view in the query string (`?tcat=…&ttrend=…&towner=…&tq=…&tcell=4-3&tsort=…`),
 * so a copied link opens the same list. Keys start with `t` to stay clear of other panels'
 * parameters. A value that is not understood is ignored: an old or hand-edited link still opens.
 */
export const THREAT_VIEW_PARAMS = {
  category: "tcat",
  trend: "ttrend",
  owner: "towner",
  query: "tq",
  cell: "tcell",
  sort: "tsort",
} as const satisfies Record<keyof ThreatView, string>;

/** Long enough for any search a person types; a pasted essay is cut. */
export const MAX_QUERY_LENGTH = 200;
/** An owner is at most 100 characters (LIMITS.ownerLength in lib/collab). */
const MAX_OWNER_LENGTH = 100;

interface ReadableParams {
  get(name: string): string | null;
}

function oneOf<V extends string>(values: readonly V[], value: string | null): V | null {
  return values.find((candidate) => candidate === value) ?? null;
}

export function formatHeatCell(cell: HeatCell): string {
  return `${cell.likelihood}-${cell.impact}`;
}

/** "4-3" → likelihood 4, impact 3. */
export function parseHeatCell(value: string | null): HeatCell | null {
  const match = /^(\d)-(\d)$/.exec(value ?? "");
  if (!match) return null;
  const likelihood = Number(match[1]);
  const impact = Number(match[2]);
  return isScore(likelihood) && isScore(impact) ? { likelihood, impact } : null;
}

export function readThreatView(params: ReadableParams): ThreatView {
  const owner = params.get(THREAT_VIEW_PARAMS.owner);
  return {
    category: oneOf(THREAT_CATEGORIES, params.get(THREAT_VIEW_PARAMS.category)),
    trend: oneOf(THREAT_TRENDS, params.get(THREAT_VIEW_PARAMS.trend)),
    // Present but empty means "nobody owns it yet", which is a filter of its own.
    owner: owner === null ? null : owner.trim().slice(0, MAX_OWNER_LENGTH),
    query: (params.get(THREAT_VIEW_PARAMS.query) ?? "").slice(0, MAX_QUERY_LENGTH),
    cell: parseHeatCell(params.get(THREAT_VIEW_PARAMS.cell)),
    sort: oneOf(THREAT_SORTS, params.get(THREAT_VIEW_PARAMS.sort)) ?? DEFAULT_THREAT_VIEW.sort,
  };
}

/** Each parameter's new value; null removes it, so the default view leaves a clean URL. */
export function threatViewParams(view: ThreatView): Record<string, string | null> {
  return {
    [THREAT_VIEW_PARAMS.category]: view.category,
    [THREAT_VIEW_PARAMS.trend]: view.trend,
    [THREAT_VIEW_PARAMS.owner]: view.owner,
    [THREAT_VIEW_PARAMS.query]: view.query === "" ? null : view.query,
    [THREAT_VIEW_PARAMS.cell]: view.cell ? formatHeatCell(view.cell) : null,
    [THREAT_VIEW_PARAMS.sort]: view.sort === DEFAULT_THREAT_VIEW.sort ? null : view.sort,
  };
}

/** `search` (e.g. `location.search`) with `changes` applied; other parameters are kept as they are. */
export function patchSearch(search: string, changes: Record<string, string | null>): string {
  const params = new URLSearchParams(search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null) params.delete(name);
    else params.set(name, value);
  }
  const query = params.toString();
  return query === "" ? "" : `?${query}`;
}
