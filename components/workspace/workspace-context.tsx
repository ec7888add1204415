"use client";

import { createContext, useContext } from "react";
import type { Author } from "@/lib/collab";
import type { CollabSession } from "@/lib/client/collab-session";
import type { Role } from "@/lib/client/roles";

export interface WorkspaceContextValue {
  workspaceId: string;
  session: CollabSession;
  role: Role;
  /** Null for viewers: with no author there is nothing to write with. */
  author: Author | null;
  /** Present mode: read-only for every role, and nothing on screen should talk about roles. */
  presenting?: boolean;
}

const WorkspaceContext = createContext<WorkspaceContextValue | null>(null);

export const WorkspaceProvider = WorkspaceContext.Provider;

export function useWorkspace(): WorkspaceContextValue {
  const value = useContext(WorkspaceContext);
  if (!value)
    throw new Error("useWorkspace must be used inside <WorkspaceProvider> (components/workspace/dashboard.tsx).");
  return value;
}
