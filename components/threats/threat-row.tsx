"use client";

import type { Threat } from "@/lib/collab";
import { AssessedBy } from "./assessed-by";
import { CategoryBadge } from "./category-badge";
import { ScoreSelect } from "./score-select";
import { SourceList } from "./source-list";
import { TrendSelect } from "./trend-select";
import { useThreatAssess } from "./use-threat-assess";

/** One threat as a table row: the register's layout from the `lg` breakpoint up. */
export function ThreatRow({ threat }: { threat: Threat }) {
  const assess = useThreatAssess(threat);

  return (
    <tr className="border-b border-line align-top last:border-b-0">
      <th scope="row" className="max-w-80 px-3 py-2.5 text-left font-normal">
        <span className="block font-medium">{threat.name}</span>
        {threat.notes && <span className="mt-0.5 block text-xs text-muted">{threat.notes}</span>}
        <AssessedBy threat={threat} />
      </th>
      <td className="px-3 py-2.5">
        <CategoryBadge category={threat.category} />
      </td>
      <td className="px-3 py-2.5">
        <TrendSelect threat={threat} assess={assess} className="w-full min-w-52" />
      </td>
      <td className="px-3 py-2.5">
        <ScoreSelect threat={threat} field="likelihood" assess={assess} />
      </td>
      <td className="px-3 py-2.5">
        <ScoreSelect threat={threat} field="impact" assess={assess} />
      </td>
      <td className="px-3 py-2.5 text-xs">
        <ul className="space-y-0.5">
          {threat.actors.map((actor) => (
            <li key={actor}>{actor}</li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-2.5 text-xs">
        <SourceList threatName={threat.name} sources={threat.sources} />
      </td>
    </tr>
  );
}
