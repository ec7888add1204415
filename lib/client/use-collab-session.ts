"use client";

import { useEffect, useMemo, useSyncExternalStore } from "react";
import type { CollabSession } from "./collab-session";
import { acquireSession, currentSession, releaseSession, retainSession, subscribeSessions } from "./session-registry";

/** The live document of one workspace while `enabled`; the socket closes when the last user unmounts. */
export function useCollabSession(workspaceId: string, token: string, enabled: boolean): CollabSession | null {
  const acquired = useMemo(() => (enabled ? acquireSession(workspaceId, token) : null), [enabled, workspaceId, token]);
  const key = acquired?.key;
  useEffect(() => {
    if (!key) return undefined;
    retainSession(key);
    return () => releaseSession(key);
  }, [key]);
  // A restore by the operator replaces the session under the same key.
  const current = useSyncExternalStore(
    subscribeSessions,
    () => (key ? currentSession(key) : null),
    () => null,
  );
  return current ?? acquired?.session ?? null;
}
