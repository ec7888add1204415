"use client";

import { useState } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import { gravestThreats } from "@/lib/domain/decision-summary";
import { THREAT_TRENDS_LABEL } from "@/lib/domain/scales";
import { sortThreats } from "@/lib/domain/threat-view";
import type { HeatCell } from "@/lib/domain/threat-view";
import { ThreatHeatMap, UnratedList } from "@/components/threats/heat-map";
import { ScoreChip } from "@/components/threats/score-band";
import { ThreatList } from "@/components/threats/threat-list";

/** The heat map beside the rated threats, gravest first. A cell picked here only marks it on this screen. */
export function HeatMapSlide({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const [cell, setCell] = useState<HeatCell | null>(null);
  const { topThreats } = gravestThreats(snapshot.threats, Infinity);
  return (
    <div className="grid gap-6 rounded-lg border border-line bg-surface p-4 md:grid-cols-[minmax(0,28rem)_minmax(0,1fr)]">
      <div className="space-y-3">
        <ThreatHeatMap threats={snapshot.threats} selected={cell} onSelect={setCell} />
        <UnratedList threats={snapshot.threats} />
      </div>
      <section aria-labelledby="present-rated-heading">
        <h3 id="present-rated-heading" className="font-semibold">
          Rated threats, gravest first
        </h3>
        {topThreats.length === 0 ? (
          <p className="mt-1 text-sm text-muted">No threat is rated on both likelihood and impact yet.</p>
        ) : (
          <ol className="mt-1 divide-y divide-line text-sm">
            {topThreats.map(({ threat }) => (
              <li key={threat.id} className="flex items-baseline gap-3 py-1.5">
                <span className="w-24 shrink-0">
                  <ScoreChip likelihood={threat.likelihood} impact={threat.impact} />
                </span>
                <span className="min-w-0 flex-1 font-medium">{threat.name}</span>
                <span className="text-xs text-muted">{THREAT_TRENDS_LABEL[threat.trend]}</span>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}

/** The register itself, read-only and sorted by score: the same rows as on the dashboard. */
export function RegisterSlide({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  return (
    <div className="rounded-lg border border-line bg-surface">
      <ThreatList
        threats={sortThreats(snapshot.threats, "score")}
        total={snapshot.threats.length}
        areas={snapshot.areas}
        onEdit={null}
        highlighted={null}
        onClearFilters={() => undefined}
      />
    </div>
  );
}
