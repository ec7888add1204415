"use client";

import type { WorkspaceSnapshot } from "@/lib/collab";
import { useDeferredModule } from "@/lib/client/use-deferred-module";
import { DeferredFailure } from "@/components/ui/deferred-failure";

const loadSessions = () => import("./session-parts");

/**
 * The rating session's panel and the finished sessions' history arrive in their own script
 * after the matrix has painted: most visits run no session, and the page's first script is at
 * its budget. While loading they show nothing (a session shows up a moment later).
 */
export function DeferredSessionPanel({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const loaded = useDeferredModule(loadSessions);
  if (loaded.status === "ready") return <loaded.module.SessionPanel snapshot={snapshot} />;
  if (loaded.status === "failed")
    return <DeferredFailure what="The rating session" reason={loaded.reason} onRetry={loaded.retry} />;
  return null;
}

export function DeferredSessionHistory({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const loaded = useDeferredModule(loadSessions);
  return loaded.status === "ready" ? <loaded.module.SessionHistory snapshot={snapshot} /> : null;
}
