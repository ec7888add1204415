"use client";

import type { Threat } from "@/lib/collab";
import type { DecisionSummary } from "@/lib/domain/decision-summary";
import { THREAT_TRENDS_LABEL } from "@/lib/domain/scales";
import { SCORE_BAND_INFO } from "@/lib/domain/threat-heat-map";
import { BAND_FILL } from "@/components/threats/score-band";

/** The gravest rated threats of the summary, and how many are left out for want of a rating. */
export function TopThreats({ summary }: { summary: DecisionSummary<Threat> }) {
  const { topThreats, unratedThreats } = summary;
  return (
    <div className="px-4 py-3">
      {topThreats.length === 0 ? (
        <p className="text-sm text-muted">No threat is rated on both likelihood and impact yet.</p>
      ) : (
        <ol aria-label="Threats by score" className="divide-y divide-line">
          {topThreats.map(({ threat, score, band }) => (
            <li key={threat.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 py-2">
              <span
                className={`inline-flex w-28 shrink-0 items-baseline gap-1 rounded px-1.5 py-0.5 text-xs ${BAND_FILL[band]}`}
              >
                <span className="font-semibold tabular-nums">{score}</span> {SCORE_BAND_INFO[band].label}
              </span>
              <span className="min-w-0 flex-1 font-medium">{threat.name}</span>
              <span className="text-xs text-muted">
                L{threat.likelihood} × I{threat.impact} · {THREAT_TRENDS_LABEL[threat.trend]}
              </span>
            </li>
          ))}
        </ol>
      )}
      {unratedThreats > 0 && (
        <p className="mt-2 text-xs text-muted">
          {unratedThreats === 1 ? "1 threat is" : `${unratedThreats} threats are`} not rated yet and not listed.
        </p>
      )}
    </div>
  );
}
