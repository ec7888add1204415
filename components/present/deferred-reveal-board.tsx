"use client";

import { useDeferredModule } from "@/lib/client/use-deferred-module";
import type { RevealBoardProps } from "@/components/sessions/session-parts";
import { DeferredFailure } from "@/components/ui/deferred-failure";

// The sessions' own script, which the page fetches for the session panel anyway: present mode
// then adds no second copy of the board.
const loadSessionParts = () => import("@/components/sessions/session-parts");

/** The rating session's reveal board, for present mode, from the script the session panel uses. */
export function DeferredRevealBoard(props: RevealBoardProps) {
  const loaded = useDeferredModule(loadSessionParts);
  if (loaded.status === "ready") return <loaded.module.RevealBoard {...props} />;
  if (loaded.status === "failed") {
    return <DeferredFailure what="The reveal board" reason={loaded.reason} onRetry={loaded.retry} />;
  }
  return <div role="status" aria-label="Loading the results" className="h-64 animate-pulse rounded-lg bg-surface" />;
}
