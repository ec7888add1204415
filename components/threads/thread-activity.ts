import type { Thread } from "../../lib/collab";

export type ThreadFilter = "open" | "resolved" | "all";

/** The latest moment anyone wrote, edited or resolved anything in the thread. */
export function lastActivity(thread: Thread): number {
  let latest = Math.max(thread.created.at, thread.resolved?.at ?? -Infinity);
  for (const comment of thread.comments) latest = Math.max(latest, comment.at, comment.editedAt ?? -Infinity);
  return latest;
}

/** Newest activity first; ties keep the snapshot's order (oldest thread first). */
export function byRecentActivity(threads: readonly Thread[]): Thread[] {
  return threads
    .map((thread, index) => ({ thread, index, at: lastActivity(thread) }))
    .sort((a, b) => b.at - a.at || a.index - b.index)
    .map((entry) => entry.thread);
}

export function filterThreads(threads: readonly Thread[], filter: ThreadFilter): Thread[] {
  if (filter === "all") return [...threads];
  return threads.filter((thread) => (filter === "open" ? !thread.resolved : thread.resolved !== null));
}

/**
 * Open threads, then resolved ones, each in the order given. A target's dialog keeps creation
 * order so a thread does not jump away while someone reads it and a peer replies.
 */
export function splitByStatus(threads: readonly Thread[]): { open: Thread[]; resolved: Thread[] } {
  return { open: filterThreads(threads, "open"), resolved: filterThreads(threads, "resolved") };
}
