"use client";

import { useMemo } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import { scoringData, scoringInput, type ScoringData } from "@/components/matrix/scoring-input";
import { OptionSummary } from "@/components/matrix/summary/option-summary";
import { SensitivityView } from "@/components/matrix/summary/sensitivity-view";

/** Weighted impact per option with its cost beside it, and what would change the lead. */
export function ScoresSlide({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const data = JSON.stringify(scoringData(snapshot));
  const input = useMemo(() => scoringInput(JSON.parse(data) as ScoringData), [data]);
  return (
    <div className="grid gap-4 rounded-lg border border-line bg-surface md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <OptionSummary {...input} />
      <div className="border-line max-md:border-t md:border-l">
        <SensitivityView {...input} />
      </div>
    </div>
  );
}
