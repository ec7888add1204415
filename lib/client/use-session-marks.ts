"use client";

import { useSyncExternalStore } from "react";
import type { RecordedOutcome } from "@/lib/contract/sessions";
import type { CollabSession } from "./collab-session";
import { useDeferredModule } from "./use-deferred-module";

const loadStores = () => import("./session-stores");

const NO_OUTCOMES: Record<string, RecordedOutcome> = {};
const NOTHING_LOCKED: ReadonlySet<string> = new Set();
const unsubscribed = () => () => {};

export interface SessionMarks {
  outcomes: Record<string, RecordedOutcome>;
  locked: ReadonlySet<string>;
}

/**
 * Recorded outcomes and locked targets for the matrix, which paints first: the reader and its
 * schemas arrive in a script of their own after that paint (the first script is at its budget),
 * and until then the matrix shows no marks. The server refuses a locked edit either way.
 */
export function useSessionMarks(session: CollabSession): SessionMarks {
  const loaded = useDeferredModule(loadStores);
  const stores = loaded.status === "ready" ? loaded.module.sessionStores(session.doc) : null;
  const outcomes = useSyncExternalStore(
    stores?.outcomes.subscribe ?? unsubscribed,
    stores?.outcomes.getSnapshot ?? (() => NO_OUTCOMES),
    () => NO_OUTCOMES,
  );
  const locked = useSyncExternalStore(
    stores?.locked.subscribe ?? unsubscribed,
    stores?.locked.getSnapshot ?? (() => NOTHING_LOCKED),
    () => NOTHING_LOCKED,
  );
  return { outcomes, locked };
}
