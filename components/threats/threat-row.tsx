"use client";

import type { PriorityArea, Threat } from "@/lib/collab";
import { ThreadBadge } from "@/components/threads/thread-badge";
import { Button } from "@/components/ui/button";
import { AssessedBy } from "./assessed-by";
import { CategoryBadge } from "./category-badge";
import { threatKey } from "./reveal-threat";
import { ScoreChip } from "./score-band";
import { ScoreSelect } from "./score-select";
import { SourceList } from "./source-list";
import { AreaChips, NotesPreview, OwnerText, ReviewDate, ThreatDescription } from "./threat-details";
import { TrendSelect } from "./trend-select";
import { useThreatAssess } from "./use-threat-assess";

export interface ThreatItemProps {
  threat: Threat;
  areas: PriorityArea[];
  /** Opens the editor; null for viewers. */
  onEdit: ((threatId: string, opener: HTMLElement) => void) | null;
  highlighted: boolean;
}

export const THREAT_COLUMNS = [
  "Threat",
  "Trend",
  "Likelihood",
  "Impact",
  "Score",
  "Owner",
  "Next review",
  "Actors",
  "Sources",
] as const;

const HIGHLIGHT = "bg-accent-soft transition-colors";

/** One threat as a table row: the register's layout from the `lg` breakpoint up. */
export function ThreatRow({ threat, areas, onEdit, highlighted }: ThreatItemProps) {
  const assess = useThreatAssess(threat);

  return (
    <tr
      tabIndex={-1}
      aria-labelledby={`threat-row-name-${threat.id}`}
      data-thread-target={threatKey(threat.id)}
      className={`border-b border-line align-top last:border-b-0 ${highlighted ? HIGHLIGHT : ""}`}
    >
      <th scope="row" className="max-w-96 min-w-64 px-3 py-2.5 text-left font-normal">
        <span className="flex items-start gap-1.5">
          <span id={`threat-row-name-${threat.id}`} className="font-medium">
            {threat.name}
          </span>
          <ThreadBadge target={{ kind: "threat", threatId: threat.id }} label={threat.name} className="-mt-0.5" />
        </span>
        <span className="mt-0.5 block">
          <CategoryBadge category={threat.category} />
        </span>
        <ThreatDescription description={threat.description} />
        <NotesPreview notes={threat.notes} />
        <AreaChips threat={threat} areas={areas} />
        <AssessedBy threat={threat} />
      </th>
      <td className="px-3 py-2.5">
        <TrendSelect threat={threat} assess={assess} className="w-full min-w-56" />
      </td>
      <td className="px-3 py-2.5">
        <ScoreSelect threat={threat} field="likelihood" assess={assess} />
      </td>
      <td className="px-3 py-2.5">
        <ScoreSelect threat={threat} field="impact" assess={assess} />
      </td>
      <td className="px-3 py-2.5">
        <ScoreChip likelihood={threat.likelihood} impact={threat.impact} />
      </td>
      <td className="max-w-40 px-3 py-2.5 text-xs break-words">
        <OwnerText owner={threat.owner} />
      </td>
      <td className="px-3 py-2.5 text-xs">
        <ReviewDate date={threat.nextReview} />
      </td>
      <td className="min-w-36 px-3 py-2.5 text-xs">
        <ul className="space-y-0.5">
          {threat.actors.map((actor) => (
            <li key={actor}>{actor}</li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-2.5 text-xs">
        <SourceList threatName={threat.name} sources={threat.sources} />
      </td>
      {onEdit && (
        <td className="px-3 py-2.5">
          <Button aria-label={`Edit ${threat.name}`} onClick={(event) => onEdit(threat.id, event.currentTarget)}>
            Edit
          </Button>
        </td>
      )}
    </tr>
  );
}
