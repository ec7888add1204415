"use client";

import { useSyncExternalStore } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import type { CollabSession } from "./collab-session";

export function useWorkspaceSnapshot(session: CollabSession): WorkspaceSnapshot {
  const store = session.workspace;
  return useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
}
