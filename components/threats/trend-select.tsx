import type { Threat, ThreatChange } from "@/lib/collab";
import { THREAT_TRENDS, THREAT_TRENDS_LABEL } from "@/lib/domain/scales";

interface TrendSelectProps {
  threat: Threat;
  /** Null renders the trend as text: viewers get no controls at all. */
  assess: ((change: ThreatChange) => void) | null;
  className?: string;
}

export function TrendSelect({ threat, assess, className = "" }: TrendSelectProps) {
  if (!assess) {
    return (
      <span className={threat.trend === "unassessed" ? "text-muted italic" : ""}>
        {THREAT_TRENDS_LABEL[threat.trend]}
      </span>
    );
  }
  return (
    <select
      aria-label={`Trend of ${threat.name}`}
      value={threat.trend}
      onChange={(event) => {
        const trend = THREAT_TRENDS.find((value) => value === event.target.value);
        if (trend) assess({ trend });
      }}
      className={`rounded-md border border-line bg-surface px-1.5 py-1 text-sm ${className}`}
    >
      {THREAT_TRENDS.map((trend) => (
        <option key={trend} value={trend}>
          {THREAT_TRENDS_LABEL[trend]}
        </option>
      ))}
    </select>
  );
}
