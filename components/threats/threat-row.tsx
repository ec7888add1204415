"use client";

import { assessThreat, type Threat, type ThreatAssessment } from "@/lib/collab";
import { THREAT_CATEGORY_LABEL, THREAT_TRENDS, THREAT_TRENDS_LABEL, isScore } from "@/lib/domain/scales";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { ScoreSelect } from "./score-select";
import { SourceList } from "./source-list";

export function ThreatRow({ threat }: { threat: Threat }) {
  const { session, author } = useWorkspace();
  const assess = author ? (change: ThreatAssessment) => assessThreat(session.doc, threat.id, change, author) : null;
  const trendLabel = THREAT_TRENDS_LABEL[threat.trend];

  return (
    <tr className="border-b border-line align-top last:border-b-0">
      <th scope="row" className="max-w-80 px-3 py-2.5 text-left font-normal">
        <span className="block font-medium">{threat.name}</span>
        {threat.notes && <span className="mt-0.5 block text-xs text-muted">{threat.notes}</span>}
        {threat.updatedBy && (
          <span className="mt-1 block text-[11px] text-muted" title={new Date(threat.updatedBy.at).toLocaleString()}>
            Assessed by {threat.updatedBy.byName}
          </span>
        )}
      </th>
      <td className="px-3 py-2.5 text-xs">
        <span
          className={`inline-block rounded px-1.5 py-0.5 font-medium ${
            threat.category === "us_priority" ? "bg-accent-soft text-accent" : "bg-level-low-soft text-warn"
          }`}
        >
          {THREAT_CATEGORY_LABEL[threat.category]}
        </span>
      </td>
      <td className="px-3 py-2.5">
        {assess ? (
          <select
            aria-label={`Trend of ${threat.name}`}
            value={threat.trend}
            onChange={(event) => {
              const trend = THREAT_TRENDS.find((value) => value === event.target.value);
              if (trend) assess({ trend });
            }}
            className="w-full min-w-52 rounded-md border border-line bg-surface px-1.5 py-1 text-sm"
          >
            {THREAT_TRENDS.map((trend) => (
              <option key={trend} value={trend}>
                {THREAT_TRENDS_LABEL[trend]}
              </option>
            ))}
          </select>
        ) : (
          <span className={threat.trend === "unassessed" ? "text-muted italic" : ""}>{trendLabel}</span>
        )}
      </td>
      <td className="px-3 py-2.5">
        <ScoreSelect
          label={`Likelihood of ${threat.name}`}
          value={threat.likelihood}
          onChange={assess ? (likelihood) => assess({ likelihood: isScore(likelihood) ? likelihood : null }) : null}
        />
      </td>
      <td className="px-3 py-2.5">
        <ScoreSelect
          label={`Impact of ${threat.name}`}
          value={threat.impact}
          onChange={assess ? (impact) => assess({ impact: isScore(impact) ? impact : null }) : null}
        />
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
