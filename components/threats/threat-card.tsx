"use client";

import type { Threat } from "@/lib/collab";
import { AssessedBy } from "./assessed-by";
import { CategoryBadge } from "./category-badge";
import { ScoreSelect } from "./score-select";
import { SourceList } from "./source-list";
import { TrendSelect } from "./trend-select";
import { useThreatAssess } from "./use-threat-assess";

const LABEL = "text-[11px] font-medium text-muted";
/** 16px text on phones: iOS zooms the page into any smaller form control it focuses. */
const CONTROL = "w-full max-sm:py-1.5 max-sm:text-base";

/**
 * One threat as a stacked card: the register's layout below `lg`, where the seven table columns
 * would have to scroll sideways and push the controls off-screen.
 */
export function ThreatCard({ threat }: { threat: Threat }) {
  const assess = useThreatAssess(threat);

  return (
    <li className="px-4 py-3">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <h3 className="text-sm font-semibold">{threat.name}</h3>
        <CategoryBadge category={threat.category} />
      </div>
      {threat.notes && <p className="mt-1 text-xs text-muted">{threat.notes}</p>}
      <AssessedBy threat={threat} />
      <dl className="mt-2.5 grid grid-cols-2 gap-x-3 gap-y-2 text-sm sm:max-w-xl sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
        <div className="col-span-2 sm:col-span-1">
          <dt className={LABEL}>Trend</dt>
          <dd className="mt-0.5">
            <TrendSelect threat={threat} assess={assess} className={CONTROL} />
          </dd>
        </div>
        <div>
          <dt className={LABEL}>Likelihood (1–5)</dt>
          <dd className="mt-0.5">
            <ScoreSelect threat={threat} field="likelihood" assess={assess} className={CONTROL} />
          </dd>
        </div>
        <div>
          <dt className={LABEL}>Impact (1–5)</dt>
          <dd className="mt-0.5">
            <ScoreSelect threat={threat} field="impact" assess={assess} className={CONTROL} />
          </dd>
        </div>
      </dl>
      {threat.actors.length > 0 && (
        <div className="mt-2.5 text-xs">
          <p className={LABEL}>Actors</p>
          <ul className="mt-0.5 flex flex-wrap gap-1">
            {threat.actors.map((actor) => (
              <li key={actor} className="rounded border border-line bg-canvas px-1.5 py-0.5">
                {actor}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-2 text-xs">
        <SourceList threatName={threat.name} sources={threat.sources} />
      </div>
    </li>
  );
}
