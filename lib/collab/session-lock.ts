import * as Y from "yjs";
import * as z from "../zod";
import { roots } from "./roots";

/**
 * The part of a published session (`publishedSessionSchema` in lib/contract/sessions) the
 * lock needs. Kept small and local so the integrity check, which the page also loads, does
 * not pull the session result schemas into the page's first script.
 */
const lockingSchema = z.object({
  status: z.string(),
  lock: z.boolean(),
  targets: z.array(z.string()),
});

/**
 * While a rating round is open with `lock`, its targets cannot be edited directly: nobody
 * rates in the open while the blind round runs. The lock is read from the server-owned
 * `sessions` root, which no client can write, so a client cannot lift it.
 */

/** Target keys (lib/contract/sessions `targetKey`) locked by open rounds. */
export function lockedTargetKeys(doc: Y.Doc): Set<string> {
  const locked = new Set<string>();
  roots(doc).sessions.forEach((value) => {
    const parsed = lockingSchema.safeParse(value instanceof Y.AbstractType ? value.toJSON() : value);
    if (!parsed.success || parsed.data.status !== "open" || !parsed.data.lock) return;
    for (const key of parsed.data.targets) locked.add(key);
  });
  return locked;
}

export interface LockedChange {
  /** The changed key under the changed type, e.g. a rating's cell key or `likelihood`. */
  key: string;
  message: string;
}

const LOCKED_MESSAGE = "A rating round is open on this; answer in the session, the result is recorded when it closes.";

/** Whether one changed type (root + path, with its changed keys) writes a locked target. */
export function lockedChange(
  doc: Y.Doc,
  root: string,
  path: readonly (string | number)[],
  changedKeys: readonly string[],
  added: () => unknown[],
): LockedChange | undefined {
  if (root !== "ratings" && !(root === "threats" && path.length <= 1)) return undefined;
  const locked = lockedTargetKeys(doc);
  if (locked.size === 0) return undefined;
  if (root === "ratings") {
    const key = changedKeys.find((cell) => locked.has(`cell:${cell}`));
    return key === undefined ? undefined : { key, message: LOCKED_MESSAGE };
  }
  if (path.length === 0) {
    // A locked threat deleted and inserted anew would carry new scores past the lock.
    const isLocked = (id: string) => locked.has(`threat:${id}:likelihood`) || locked.has(`threat:${id}:impact`);
    const readded = added().some((record) => record instanceof Y.Map && isLocked(String(record.get("id"))));
    return readded ? { key: "new", message: LOCKED_MESSAGE } : undefined;
  }
  const threats = roots(doc).threats;
  const index = path[0];
  const threat = typeof index === "number" ? threats.get(index) : undefined;
  if (!(threat instanceof Y.Map)) return undefined;
  const id = String(threat.get("id"));
  const key = changedKeys.find(
    (field) => (field === "likelihood" || field === "impact") && locked.has(`threat:${id}:${field}`),
  );
  return key === undefined ? undefined : { key, message: LOCKED_MESSAGE };
}

/**
 * Whether a transaction removed an option, area or threat: a rating round's target may have
 * gone with it (the server then drops it from the round).
 */
export function removesRecords(tr: Y.Transaction): boolean {
  if (tr.deleteSet.clients.size === 0) return false;
  const { options, areas, threats } = roots(tr.doc);
  return tr.changed.has(options) || tr.changed.has(areas) || tr.changed.has(threats);
}
