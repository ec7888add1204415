import type { Threat, ThreatChange } from "@/lib/collab";
import { SCORE_MAX, SCORE_MIN, isScore } from "@/lib/domain/scales";

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

const FIELD_LABEL = { likelihood: "Likelihood", impact: "Impact" } as const;

interface ScoreSelectProps {
  threat: Threat;
  field: keyof typeof FIELD_LABEL;
  /** Null renders the value as text: viewers get no controls at all. */
  assess: ((change: ThreatChange) => void) | null;
  className?: string;
}

export function ScoreSelect({ threat, field, assess, className = "" }: ScoreSelectProps) {
  const value = threat[field];
  if (!assess) {
    return value === null ? <span className="text-muted italic">Unrated</span> : <span>{value}</span>;
  }
  return (
    <select
      aria-label={`${FIELD_LABEL[field]} of ${threat.name}`}
      value={value === null ? "" : String(value)}
      onChange={(event) => {
        const score = event.target.value === "" ? null : Number(event.target.value);
        assess({ [field]: isScore(score) ? score : null });
      }}
      className={`rounded-md border border-line bg-surface px-1.5 py-1 text-sm ${className}`}
    >
      <option value="">Unrated</option>
      {SCORES.map((score) => (
        <option key={score} value={score}>
          {score}
        </option>
      ))}
    </select>
  );
}
