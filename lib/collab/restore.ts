import * as Y from "yjs";
import { roots } from "./roots";

/** Transaction origin of a restore: a server change, relayed to every client. */
export const RESTORE_ORIGIN = "mesa:restore";

/**
 * Makes `doc` read exactly like `from` by a forward change: for every root but `sessions`,
 * the live content is replaced with a deep copy of the snapshot's, in one transaction. A rewind (the
 * log replaced by the older state) would be undone by the first client that reconnects
 * holding the newer state; a forward change wins over it, because that client has already
 * seen everything it replaces.
 */
export function restoreWorkspaceDoc(doc: Y.Doc, from: Y.Doc, origin: unknown = RESTORE_ORIGIN): void {
  const live = roots(doc);
  const source = roots(from);
  doc.transact(() => {
    for (const name of Object.keys(live) as (keyof typeof live)[]) {
      // Published rating sessions mirror the server's session store, which a rollback leaves
      // alone: an old copy could show a finished round open and lock its targets again.
      if (name === "sessions") continue;
      const target = live[name];
      const snapshot = source[name];
      if (target instanceof Y.Map && snapshot instanceof Y.Map) restoreMap(target, snapshot);
      else if (target instanceof Y.Array && snapshot instanceof Y.Array) restoreArray(target, snapshot);
    }
  }, origin);
}

function restoreMap(target: Y.Map<unknown>, snapshot: Y.Map<unknown>): void {
  for (const key of [...target.keys()]) if (!snapshot.has(key)) target.delete(key);
  snapshot.forEach((value, key) => {
    // Equal plain values are left alone: fewer changes to merge with concurrent edits.
    if (!(value instanceof Y.AbstractType) && isSamePlainValue(target.get(key), value)) return;
    target.set(key, copyValue(value));
  });
}

function restoreArray<T>(target: Y.Array<T>, snapshot: Y.Array<T>): void {
  if (target.length > 0) target.delete(0, target.length);
  target.insert(
    0,
    snapshot.toArray().map((item) => copyValue(item) as T),
  );
}

/** A fresh, not yet integrated copy of a value read from another document. */
function copyValue(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>();
    value.forEach((item, key) => map.set(key, copyValue(item)));
    return map;
  }
  if (value instanceof Y.Array) {
    const array = new Y.Array<unknown>();
    array.insert(0, value.toArray().map(copyValue));
    return array;
  }
  if (value instanceof Y.Text) {
    const text = new Y.Text();
    text.applyDelta(value.toDelta());
    return text;
  }
  if (value instanceof Y.AbstractType) {
    throw new Error(`A workspace document holds no ${value.constructor.name}: the snapshot is not a workspace.`);
  }
  // Plain values (JSON and binary) are immutable once written: sharing them is a copy.
  return value;
}

function isSamePlainValue(a: unknown, b: unknown): boolean {
  if (a instanceof Y.AbstractType) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}
