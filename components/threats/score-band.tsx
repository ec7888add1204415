import { SCORE_BAND_INFO, scoreBand, type ScoreBand } from "@/lib/domain/threat-heat-map";
import { threatScore } from "@/lib/domain/threat-view";

/**
 * Band colours: one sequential ramp, light to dark, so the order reads by lightness alone
 * (no red/green pair), and every use prints the band's name as well. Text colours keep 4.5:1.
 */
export const BAND_FILL: Record<ScoreBand, string> = {
  low: "bg-[#fbf6e6] text-ink",
  moderate: "bg-[#fcdc9c] text-ink",
  high: "bg-[#f29e4c] text-ink",
  critical: "bg-[#9c3a06] text-white",
};

/** A threat's score and band, e.g. "12 High"; "Not rated" until both ratings are in. */
export function ScoreChip({ likelihood, impact }: { likelihood: number | null; impact: number | null }) {
  const score = threatScore({ likelihood, impact });
  if (score === null) return <span className="text-xs text-muted italic">Not rated</span>;
  const band = scoreBand(score);
  return (
    <span
      className={`inline-flex items-baseline gap-1 rounded px-1.5 py-0.5 text-xs whitespace-nowrap ${BAND_FILL[band]}`}
    >
      <span className="font-semibold tabular-nums">{score}</span>
      <span>{SCORE_BAND_INFO[band].label}</span>
    </span>
  );
}
