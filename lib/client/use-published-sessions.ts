"use client";

import { useMemo, useSyncExternalStore } from "react";
import type * as Y from "yjs";
import { readOutcomes, readSessions } from "@/lib/collab";
import type { PublishedSession, RecordedOutcome } from "@/lib/contract/sessions";
import type { CollabSession } from "./collab-session";
import { derivedStore, type ExternalStore } from "./external-store";

interface SessionStores {
  sessions: ExternalStore<PublishedSession[]>;
  outcomes: ExternalStore<Record<string, RecordedOutcome>>;
}

// One pair of stores per document, made on first use: components in several places read them.
const storesByDoc = new WeakMap<Y.Doc, SessionStores>();

function listen(doc: Y.Doc) {
  return (onChange: () => void) => {
    doc.on("update", onChange);
    return () => doc.off("update", onChange);
  };
}

/** Keeps the previous value while the content is the same, so a rating typed elsewhere re-renders nothing here. */
function stable<T>(read: () => T): () => T {
  let last: T | undefined;
  let lastJson = "";
  return () => {
    const next = read();
    const json = JSON.stringify(next);
    if (last === undefined || json !== lastJson) {
      last = next;
      lastJson = json;
    }
    return last;
  };
}

function storesOf(doc: Y.Doc): SessionStores {
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
    };
    storesByDoc.set(doc, stores);
  }
  return stores;
}

/** Every session's server-published state (status, round, counts, results), newest change first. */
export function usePublishedSessions(session: CollabSession): PublishedSession[] {
  const store = storesOf(session.doc).sessions;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Recorded outcomes keyed by target key (`cell:a|o`, `threat:t:likelihood`). */
export function useRecordedOutcomes(session: CollabSession): Record<string, RecordedOutcome> {
  const store = storesOf(session.doc).outcomes;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** The session that is running (a round open, or closed and not finished), if any. */
export function activeSession(sessions: readonly PublishedSession[]): PublishedSession | undefined {
  return sessions.find((entry) => entry.status !== "finished");
}

/** Target keys an open round locks against direct edits: shown as "in session", not editable. */
export function useLockedTargets(session: CollabSession): ReadonlySet<string> {
  const sessions = usePublishedSessions(session);
  return useMemo(
    () => new Set(sessions.flatMap((entry) => (entry.status === "open" && entry.lock ? entry.targets : []))),
    [sessions],
  );
}
