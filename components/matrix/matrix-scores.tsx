"use client";

import { useMemo } from "react";
import { areaWeight, setAreaWeight, type WorkspaceSnapshot } from "@/lib/collab";
import { Panel } from "@/components/ui/panel";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { changeText } from "./authorship-text";
import { scoringData, scoringInput, type ScoringData } from "./scoring-input";
import { OptionSummary } from "./summary/option-summary";
import { SensitivityView } from "./summary/sensitivity-view";
import { WeightInput } from "./summary/weight-input";

/** The matrix read as scores: weights per area, each option's weighted impact, and how firm the lead is. */
export function MatrixScores({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const { session, author } = useWorkspace();
  // Recomputed only when something scores depend on changed, not on every keystroke elsewhere.
  const data = JSON.stringify(scoringData(snapshot));
  const [summary, sensitivity] = useMemo(() => {
    const input = scoringInput(JSON.parse(data) as ScoringData);
    return [<OptionSummary key="summary" {...input} />, <SensitivityView key="sensitivity" {...input} />];
  }, [data]);

  return (
    <Panel
      headingId="scores-heading"
      title="Scores and sensitivity"
      description="Weighted impact per option, resource demand beside it, and what would change the lead."
    >
      <div className="grid lg:grid-cols-[21rem_minmax(0,1fr)] xl:grid-cols-[21rem_minmax(0,1fr)_minmax(0,24rem)]">
        <section aria-labelledby="weights-heading" className="border-line px-4 py-3 max-lg:border-b lg:border-r">
          <h3 id="weights-heading" className="text-sm font-semibold">
            Priority weights
          </h3>
          <p className="mt-1 text-xs text-muted">How much each area counts in a score. 1 is the default.</p>
          {snapshot.areas.length === 0 ? (
            <p className="mt-2 text-sm text-muted">No priority areas yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-line">
              {snapshot.areas.map((area) => (
                <li
                  key={area.id}
                  className="flex items-start justify-between gap-3 py-1.5"
                  title={changeText("Weight set", snapshot.weights[area.id]) ?? undefined}
                >
                  <span className="line-clamp-2 min-w-0 text-sm leading-snug" title={area.name}>
                    {area.name}
                  </span>
                  <WeightInput
                    areaName={area.name}
                    value={areaWeight(snapshot, area.id)}
                    onCommit={author ? (weight) => setAreaWeight(session.doc, area.id, weight, author) : null}
                    className="shrink-0"
                  />
                </li>
              ))}
            </ul>
          )}
        </section>
        {summary}
        <div className="border-line max-xl:border-t lg:col-span-2 xl:col-span-1 xl:border-l">{sensitivity}</div>
      </div>
    </Panel>
  );
}
