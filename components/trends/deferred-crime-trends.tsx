"use client";

import { useDeferredModule } from "@/lib/client/use-deferred-module";
import { DeferredFailure } from "@/components/ui/deferred-failure";
import { ChartsPlaceholder, TrendsPanel } from "./trends-panel";

const loadTrends = () => import("./crime-trends");

/**
 * The crime-trend charts arrive in their own script once the matrix is on screen: Recharts
 * and its dependencies are about as large as the rest of the page, and nobody needs them to
 * start rating. The region and its heading are there from the start.
 */
export function DeferredCrimeTrends() {
  const loaded = useDeferredModule(loadTrends);
  if (loaded.status === "ready") return <loaded.module.CrimeTrends />;
  return (
    <TrendsPanel>
      {loaded.status === "loading" ? (
        <ChartsPlaceholder label="Loading charts" />
      ) : (
        <DeferredFailure what="The charts" reason={loaded.reason} onRetry={loaded.retry} />
      )}
    </TrendsPanel>
  );
}
