export type SnapshotReason = "compaction" | "before-rollback";

export interface SnapshotAge {
  id: number;
  createdAt: number;
  reason: SnapshotReason;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/**
 * Which snapshots of one workspace to keep, newest first. The rule, in order:
 * 1. thin by age: every snapshot of the last hour; the newest of each clock hour for the
 *    last day; the newest of each UTC day before that. A `before-rollback` snapshot is never
 *    thinned (nor counted in rule 2), so a rollback can be undone for as long as it is among
 *    the newest `kept`;
 * 2. the last hour may take at most half of `kept` (rounded up), so a burst of compactions
 *    (a busy workshop, or someone joining and leaving on purpose) never pushes out every
 *    earlier state;
 * 3. the newest `kept` of what is left.
 */
export function snapshotsToKeep(snapshots: readonly SnapshotAge[], now: number, kept: number): Set<number> {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id);
  const recentLimit = Math.ceil(kept / 2);
  const bucketsSeen = new Set<string>();
  const survivors: SnapshotAge[] = [];
  let recent = 0;
  for (const snapshot of newestFirst) {
    const age = now - snapshot.createdAt;
    if (snapshot.reason === "before-rollback") {
      survivors.push(snapshot);
      continue;
    }
    if (age < HOUR) {
      if (recent >= recentLimit) continue;
      recent++;
      survivors.push(snapshot);
      continue;
    }
    const bucket = age < DAY ? `h${Math.floor(snapshot.createdAt / HOUR)}` : `d${Math.floor(snapshot.createdAt / DAY)}`;
    if (bucketsSeen.has(bucket)) continue;
    bucketsSeen.add(bucket);
    survivors.push(snapshot);
  }
  return new Set(survivors.slice(0, Math.max(0, kept)).map((snapshot) => snapshot.id));
}
