"use client";

import { useSyncExternalStore } from "react";
import type { CollabSession, ConnectionSnapshot } from "./collab-session";

export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline" | "closed";

/** After this many failed attempts in a row the page says "Offline" and re-checks its link. */
export const FAILURES_BEFORE_OFFLINE = 3;

export function connectionState(snapshot: ConnectionSnapshot): ConnectionState {
  if (snapshot.stopped) return "closed";
  if (!snapshot.everSynced) return snapshot.failures >= FAILURES_BEFORE_OFFLINE ? "offline" : "connecting";
  if (snapshot.status === "connected" && snapshot.synced) return "connected";
  return snapshot.failures >= FAILURES_BEFORE_OFFLINE ? "offline" : "reconnecting";
}

/** "3 changes waiting", or null when nothing is. */
export function waitingLabel(count: number): string | null {
  if (count <= 0) return null;
  return count === 1 ? "1 change waiting" : `${count} changes waiting`;
}

/** Whole seconds until `at`, never below one while an attempt is still ahead. */
export function secondsUntil(at: number, now: number): number {
  return Math.max(1, Math.ceil((at - now) / 1000));
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
