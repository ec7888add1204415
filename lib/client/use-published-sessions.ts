"use client";

import { useSyncExternalStore } from "react";
import type { PublishedSession, RecordedOutcome } from "@/lib/contract/sessions";
import type { CollabSession } from "./collab-session";
import { sessionStores } from "./session-stores";

/** Every session's server-published state (status, round, counts, results), newest change first. */
export function usePublishedSessions(session: CollabSession): PublishedSession[] {
  const store = sessionStores(session.doc).sessions;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Recorded outcomes keyed by target key (`cell:a|o`, `threat:t:likelihood`). */
export function useRecordedOutcomes(session: CollabSession): Record<string, RecordedOutcome> {
  const store = sessionStores(session.doc).outcomes;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** Target keys an open round locks against direct edits: shown as "in a rating round", not editable. */
export function useLockedTargets(session: CollabSession): ReadonlySet<string> {
  const store = sessionStores(session.doc).locked;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}

/** The session that is running (a round open, or closed and not finished), if any. */
export function activeSession(sessions: readonly PublishedSession[]): PublishedSession | undefined {
  return sessions.find((entry) => entry.status !== "finished");
}
