"use client";

import { ThreadBadge } from "@/components/threads/thread-badge";
import { Button } from "@/components/ui/button";
import { AssessedBy } from "./assessed-by";
import { CategoryBadge } from "./category-badge";
import { threatKey } from "./reveal-threat";
import { ScoreChip } from "./score-band";
import { ScoreSelect } from "./score-select";
import { SourceList } from "./source-list";
import { AreaChips, NotesPreview, OwnerText, ReviewDate, ThreatDescription } from "./threat-details";
import type { ThreatItemProps } from "./threat-row";
import { TrendSelect } from "./trend-select";
import { useThreatAssess } from "./use-threat-assess";

const LABEL = "text-[11px] font-medium text-muted";
/** 16px text on phones: iOS zooms the page into any smaller form control it focuses. */
const CONTROL = "w-full max-sm:py-1.5 max-sm:text-base";

/**
 * One threat as a stacked card: the register's layout below `lg`, where the table's columns
 * would have to scroll sideways and push the controls off-screen.
 */
export function ThreatCard({ threat, areas, onEdit, highlighted }: ThreatItemProps) {
  const assess = useThreatAssess(threat);

  return (
    <li
      tabIndex={-1}
      aria-labelledby={`threat-card-name-${threat.id}`}
      data-thread-target={threatKey(threat.id)}
      className={`px-4 py-3 ${highlighted ? "bg-accent-soft transition-colors" : ""}`}
    >
      <div className="flex items-start justify-between gap-x-3">
        <h3 id={`threat-card-name-${threat.id}`} className="text-sm font-semibold">
          {threat.name}
        </h3>
        <span className="flex shrink-0 items-center gap-1.5">
          <ScoreChip likelihood={threat.likelihood} impact={threat.impact} />
          <ThreadBadge target={{ kind: "threat", threatId: threat.id }} label={threat.name} />
        </span>
      </div>
      <div className="mt-1">
        <CategoryBadge category={threat.category} />
      </div>
      <ThreatDescription description={threat.description} />
      <NotesPreview notes={threat.notes} />
      <AreaChips threat={threat} areas={areas} />
      <AssessedBy threat={threat} />
      <dl className="mt-2.5 grid grid-cols-2 gap-x-3 gap-y-2 text-sm sm:max-w-2xl sm:grid-cols-[minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)]">
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
        <div className="text-xs sm:col-span-1">
          <dt className={LABEL}>Owner</dt>
          <dd className="mt-0.5 break-words">
            <OwnerText owner={threat.owner} />
          </dd>
        </div>
        <div className="text-xs sm:col-span-2">
          <dt className={LABEL}>Next review</dt>
          <dd className="mt-0.5">
            <ReviewDate date={threat.nextReview} />
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
      <div className="mt-2 flex items-start justify-between gap-3 text-xs">
        <SourceList threatName={threat.name} sources={threat.sources} />
        {onEdit && (
          <Button
            aria-label={`Edit ${threat.name}`}
            className="shrink-0"
            onClick={(event) => onEdit(threat.id, event.currentTarget)}
          >
            Edit
          </Button>
        )}
      </div>
    </li>
  );
}
