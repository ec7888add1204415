import * as Y from "yjs";
import { roots } from "./roots";
import { threadSchema, targetKey, type Thread, type ThreadTarget } from "./thread-schema";
import { parseOr, type InvalidValueReporter } from "./parse";
import type { WorkspaceSnapshot } from "./read";

type RecordsSnapshot = Pick<WorkspaceSnapshot, "options" | "areas" | "threats">;

/** Whether the record a thread is attached to is still in the workspace. */
function targetExists(target: ThreadTarget, snapshot: RecordsSnapshot): boolean {
  const hasOption = (id: string) => snapshot.options.some((option) => option.id === id);
  const hasArea = (id: string) => snapshot.areas.some((area) => area.id === id);
  switch (target.kind) {
    case "cell":
      return hasOption(target.optionId) && hasArea(target.areaId);
    case "option":
      return hasOption(target.optionId);
    case "area":
      return hasArea(target.areaId);
    case "threat":
      return snapshot.threats.some((threat) => threat.id === target.threatId);
    case "chart":
      // Charts come from the server's series, which the document does not know about.
      return true;
  }
}

/**
 * Valid threads on targets that still exist, oldest first. A thread whose comments were all
 * deleted is left out: there is nothing left to read in it.
 */
export function readThreads(doc: Y.Doc, snapshot: RecordsSnapshot, report: InvalidValueReporter): Thread[] {
  const threads: Thread[] = [];
  roots(doc).threads.forEach((value, key) => {
    const plain = value instanceof Y.Map ? value.toJSON() : value;
    const thread = parseOr(threadSchema, plain, `threads.${key}`, report);
    if (!thread) return;
    if (thread.id !== key) {
      report(`threads.${key}`, "id does not match its key");
      return;
    }
    if (thread.comments.length > 0 && targetExists(thread.target, snapshot)) threads.push(thread);
  });
  return threads.sort((a, b) => a.created.at - b.created.at || (a.id < b.id ? -1 : 1));
}

/** Open (unresolved) threads per target key. */
export function openThreadCounts(threads: readonly Thread[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const thread of threads) {
    if (thread.resolved) continue;
    const key = targetKey(thread.target);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function threadsOn(threads: readonly Thread[], target: ThreadTarget): Thread[] {
  const key = targetKey(target);
  return threads.filter((thread) => targetKey(thread.target) === key);
}
