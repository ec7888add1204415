import { areaWeight, cellLevel, demandRating, type WorkspaceSnapshot } from "../../lib/collab";
import type { ScoringInput } from "../../lib/domain/scoring";

/** The scoring module's input read straight from a snapshot, as the page's summary reads it. */
export function scoringOf(snapshot: WorkspaceSnapshot): ScoringInput {
  return {
    options: snapshot.options.map(({ id, name }) => ({ id, name })),
    areas: snapshot.areas.map(({ id, name }) => ({ id, name, weight: areaWeight(snapshot, id) })),
    level: (areaId, optionId) => cellLevel(snapshot, areaId, optionId),
    resourceDemand: (optionId) => demandRating(snapshot, optionId).level,
  };
}
