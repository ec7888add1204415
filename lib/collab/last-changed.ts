import type { Authorship } from "./schema";
import type { WorkspaceSnapshot } from "./read";

export interface LastChange {
  /** Milliseconds since the epoch, from the author's clock (the document stamps no server time). */
  at: number;
  byName: string | null;
}

/**
 * The latest change the document records a time for: ratings, weights, rationale edits, threat
 * edits, comments and their resolution. A workspace nobody has touched yet last changed when it
 * was created. Removals carry no stamp, so a removal alone does not move this.
 */
export function lastChange(snapshot: WorkspaceSnapshot): LastChange {
  let latest: LastChange = { at: snapshot.meta.createdAt, byName: null };
  const consider = (stamp: Partial<Authorship> | null | undefined, at = stamp?.at) => {
    if (stamp && typeof at === "number" && at > latest.at) latest = { at, byName: stamp.byName ?? null };
  };
  for (const record of [snapshot.ratings, snapshot.resourceDemand, snapshot.weights, snapshot.rationaleEdits]) {
    for (const stamp of Object.values(record)) consider(stamp);
  }
  for (const threat of snapshot.threats) consider(threat.updatedBy);
  for (const thread of snapshot.threads) {
    consider(thread.created);
    consider(thread.resolved);
    for (const comment of thread.comments) {
      consider(comment);
      consider(comment, comment.editedAt);
    }
  }
  return latest;
}
