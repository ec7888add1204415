"use client";

import { targetKey, type Thread, type ThreadTarget } from "@/lib/collab";
import { useWorkspaceSnapshot } from "@/lib/client/use-workspace-snapshot";
import { useWorkspace } from "@/components/workspace/workspace-context";

export interface TargetThreadCounts {
  open: number;
  resolved: number;
}

const NONE: TargetThreadCounts = { open: 0, resolved: 0 };

// Every badge on the dashboard reads the same snapshot: group its threads once per snapshot.
const countsCache = new WeakMap<readonly Thread[], Map<string, TargetThreadCounts>>();

function countsByKey(threads: readonly Thread[]): Map<string, TargetThreadCounts> {
  const cached = countsCache.get(threads);
  if (cached) return cached;
  const counts = new Map<string, TargetThreadCounts>();
  for (const thread of threads) {
    const key = targetKey(thread.target);
    const current = counts.get(key) ?? NONE;
    counts.set(
      key,
      thread.resolved ? { ...current, resolved: current.resolved + 1 } : { ...current, open: current.open + 1 },
    );
  }
  countsCache.set(threads, counts);
  return counts;
}

/** Open and resolved thread counts on one target, live. */
export function useTargetThreadCounts(target: ThreadTarget): TargetThreadCounts {
  const { session } = useWorkspace();
  const { threads } = useWorkspaceSnapshot(session);
  return countsByKey(threads).get(targetKey(target)) ?? NONE;
}
