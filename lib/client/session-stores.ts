import type * as Y from "yjs";
import { readOutcomes, readSessions } from "@/lib/collab/read-sessions";
import type { PublishedSession, RecordedOutcome } from "@/lib/contract/sessions";
import { derivedStore, type ExternalStore } from "./external-store";

export interface SessionStores {
  sessions: ExternalStore<PublishedSession[]>;
  outcomes: ExternalStore<Record<string, RecordedOutcome>>;
  /** Target keys an open round locks against direct edits. */
  locked: ExternalStore<ReadonlySet<string>>;
}

// One set of stores per document, made on first use: components in several places read them.
const storesByDoc = new WeakMap<Y.Doc, SessionStores>();

function listen(doc: Y.Doc) {
  return (onChange: () => void) => {
    doc.on("update", onChange);
    return () => doc.off("update", onChange);
  };
}

/** Keeps the previous value while the content is the same, so a rating typed elsewhere re-renders nothing here. */
function stable<T>(read: () => T, key: (value: T) => string = JSON.stringify): () => T {
  let last: T | undefined;
  let lastKey = "";
  return () => {
    const next = read();
    const nextKey = key(next);
    if (last === undefined || nextKey !== lastKey) {
      last = next;
      lastKey = nextKey;
    }
    return last;
  };
}

function lockedKeys(sessions: readonly PublishedSession[]): ReadonlySet<string> {
  return new Set(sessions.flatMap((entry) => (entry.status === "open" && entry.lock ? entry.targets : [])));
}

/** The server-published session state of one document, as stores for useSyncExternalStore. */
export function sessionStores(doc: Y.Doc): SessionStores {
  let stores = storesByDoc.get(doc);
  if (!stores) {
    stores = {
      sessions: derivedStore(
        listen(doc),
        stable(() => readSessions(doc)),
      ),
      outcomes: derivedStore(
        listen(doc),
        stable(() => readOutcomes(doc)),
      ),
      locked: derivedStore(
        listen(doc),
        stable(
          // From the document, not the sessions store: that store may not have heard of this update yet.
          () => lockedKeys(readSessions(doc)),
          (keys) => [...keys].join(","),
        ),
      ),
    };
    storesByDoc.set(doc, stores);
  }
  return stores;
}
