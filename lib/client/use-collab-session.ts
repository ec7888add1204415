"use client";

import { useEffect, useMemo } from "react";
import { acquireSession, releaseSession, retainSession, type CollabSession } from "./collab-session";

/** The live document of one workspace while `enabled`; the socket closes when the last user unmounts. */
export function useCollabSession(workspaceId: string, token: string, enabled: boolean): CollabSession | null {
  const acquired = useMemo(() => (enabled ? acquireSession(workspaceId, token) : null), [enabled, workspaceId, token]);
  const key = acquired?.key;
  useEffect(() => {
    if (!key) return undefined;
    retainSession(key);
    return () => releaseSession(key);
  }, [key]);
  return acquired?.session ?? null;
}
