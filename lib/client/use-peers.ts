"use client";

import { useSyncExternalStore } from "react";
import type { Peer } from "@/lib/collab";
import type { CollabSession } from "./collab-session";

/** Everyone else in the workspace right now, sorted by name. */
export function usePeers(session: CollabSession): Peer[] {
  const store = session.peers;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
