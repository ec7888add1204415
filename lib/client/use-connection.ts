"use client";

import { useSyncExternalStore } from "react";
import type { CollabSession, ConnectionSnapshot } from "./collab-session";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

/** After this many failed attempts in a row the page says "Offline" and re-checks its link. */
export const FAILURES_BEFORE_OFFLINE = 3;

export function connectionState(snapshot: ConnectionSnapshot): ConnectionState {
  if (!snapshot.everSynced) return snapshot.failures >= FAILURES_BEFORE_OFFLINE ? "offline" : "connecting";
  if (snapshot.status === "connected" && snapshot.synced) return "connected";
  return snapshot.failures >= FAILURES_BEFORE_OFFLINE || snapshot.closed ? "offline" : "reconnecting";
}

export function useConnection(session: CollabSession | null): ConnectionSnapshot | null {
  return useSyncExternalStore(
    session?.connection.subscribe ?? noSubscribe,
    session?.connection.getSnapshot ?? noSnapshot,
    session?.connection.getSnapshot ?? noSnapshot,
  );
}

function noSubscribe(): () => void {
  return () => undefined;
}

function noSnapshot(): null {
  return null;
}
