// Relative imports: Vitest runs this module without the "@/" alias of the Next build.
import type { WorkspaceSnapshot } from "../../lib/collab";

/**
 * What each region of the reading view shows, as a string that changes exactly when the
 * region's content does: a change of another region's content, or of who rated a cell last
 * without changing its level, does not mark this one as updated.
 */
export const REGION_SIGNATURES = {
  matrix: (snapshot: WorkspaceSnapshot) =>
    JSON.stringify([
      snapshot.options,
      snapshot.areas,
      levels(snapshot.ratings),
      snapshot.rationales,
      levels(snapshot.resourceDemand),
    ]),
  // What scores read (the matrix's scoring-input would do, but its module is the page's own).
  scores: (snapshot: WorkspaceSnapshot) =>
    JSON.stringify([
      snapshot.options.map(({ id, name }) => [id, name]),
      snapshot.areas.map(({ id, name }) => [id, name]),
      levels(snapshot.ratings),
      levels(snapshot.resourceDemand),
      Object.fromEntries(Object.entries(snapshot.weights).map(([areaId, entry]) => [areaId, entry.weight])),
    ]),
  threats: (snapshot: WorkspaceSnapshot) =>
    JSON.stringify(snapshot.threats.map(({ updatedBy: _by, ...threat }) => threat)),
  trends: (snapshot: WorkspaceSnapshot) =>
    JSON.stringify(snapshot.threads.filter((thread) => thread.target.kind === "chart")),
  comments: (snapshot: WorkspaceSnapshot) =>
    JSON.stringify(snapshot.threads.filter((thread) => !thread.resolved && thread.target.kind !== "chart")),
} satisfies Record<string, (snapshot: WorkspaceSnapshot) => string>;

export type ReadingRegion = keyof typeof REGION_SIGNATURES;

function levels(ratings: WorkspaceSnapshot["ratings"]): Record<string, string | null> {
  return Object.fromEntries(Object.entries(ratings).map(([key, rating]) => [key, rating.level]));
}
