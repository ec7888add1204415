import { SCORE_MAX, SCORE_MIN } from "@/lib/domain/scales";

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

interface ScoreSelectProps {
  label: string;
  value: number | null;
  /** Null renders the value as text: viewers get no controls at all. */
  onChange: ((value: number | null) => void) | null;
}

export function ScoreSelect({ label, value, onChange }: ScoreSelectProps) {
  if (!onChange) {
    return value === null ? <span className="text-muted italic">Unrated</span> : <span>{value}</span>;
  }
  return (
    <select
      aria-label={label}
      value={value === null ? "" : String(value)}
      onChange={(event) => onChange(event.target.value === "" ? null : Number(event.target.value))}
      className="rounded-md border border-line bg-surface px-1.5 py-1 text-sm"
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
