// Relative imports: Vitest runs this module without the "@/" alias of the Next build.
import { areaWeight, cellLevel, demandRating, type WorkspaceSnapshot } from "../../lib/collab";
import type { Level } from "../../lib/domain/scales";
import type { ScoringInput } from "../../lib/domain/scoring";

/** The part of a snapshot that scores depend on, as plain data: equal data, equal scores. */
export interface ScoringData {
  options: { id: string; name: string }[];
  areas: { id: string; name: string; weight: number }[];
  /** `levels[areaIndex][optionIndex]`. */
  levels: (Level | null)[][];
  demand: (Level | null)[];
}

export function scoringData(snapshot: WorkspaceSnapshot): ScoringData {
  const { options, areas } = snapshot;
  return {
    options: options.map(({ id, name }) => ({ id, name })),
    areas: areas.map(({ id, name }) => ({ id, name, weight: areaWeight(snapshot, id) })),
    levels: areas.map((area) => options.map((option) => cellLevel(snapshot, area.id, option.id))),
    demand: options.map((option) => demandRating(snapshot, option.id).level),
  };
}

/**
 * The scoring module's input from that data. Scores are worth recomputing only when the data
 * changed, not on every keystroke in a rationale: callers key a memo on `JSON.stringify(data)`.
 */
export function scoringInput(data: ScoringData): ScoringInput {
  const optionIndex = new Map(data.options.map((option, index) => [option.id, index]));
  const areaIndex = new Map(data.areas.map((area, index) => [area.id, index]));
  return {
    options: data.options,
    areas: data.areas,
    level: (areaId, optionId) => data.levels[areaIndex.get(areaId) ?? -1]?.[optionIndex.get(optionId) ?? -1] ?? null,
    resourceDemand: (optionId) => data.demand[optionIndex.get(optionId) ?? -1] ?? null,
  };
}
