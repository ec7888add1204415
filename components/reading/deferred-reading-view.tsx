"use client";

import { useDeferredModule } from "@/lib/client/use-deferred-module";
import { DeferredFailure } from "@/components/ui/deferred-failure";
import type { ReadingViewProps } from "./reading-view";

const loadReadingView = () => import("./reading-view");

/**
 * Only viewer links open the reading view, so its script is fetched for them alone and the
 * page that analysts and facilitators wait for does not grow.
 */
export function DeferredReadingView(props: ReadingViewProps) {
  const loaded = useDeferredModule(loadReadingView);
  if (loaded.status === "ready") return <loaded.module.ReadingView {...props} />;
  if (loaded.status === "failed") {
    return <DeferredFailure what="The reading view" reason={loaded.reason} onRetry={loaded.retry} />;
  }
  return <div role="status" aria-label="Loading the workspace" className="h-64 animate-pulse rounded-lg bg-surface" />;
}
