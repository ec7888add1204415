import { LEVEL_LABEL } from "@/lib/domain/scales";
import type { OptionScore } from "@/lib/domain/scoring";
import { coverageText, formatScore } from "@/lib/domain/scoring-text";
import { LevelPips } from "@/components/ui/level-pips";

const LEAD_LABEL = { leads: "Leads", tied: "Tied for the lead" } as const;

interface OptionScoreCardProps {
  score: OptionScore;
  lead: keyof typeof LEAD_LABEL | null;
}

/** One option's weighted impact with its bar, and its resource demand apart, as a cost. */
export function OptionScoreCard({ score, lead }: OptionScoreCardProps) {
  const share = score.maxScore > 0 ? (score.score / score.maxScore) * 100 : 0;
  return (
    <li
      className={`flex flex-col gap-2 rounded-md border p-3 ${lead ? "border-accent bg-accent-soft/50" : "border-line"}`}
      data-lead={lead ?? undefined}
    >
      <div className="flex items-start justify-between gap-2">
        <h4 className="text-sm leading-snug font-semibold">{score.name}</h4>
        {lead && (
          <span className="shrink-0 rounded-full bg-accent px-2 py-0.5 text-xs font-semibold text-white">
            {LEAD_LABEL[lead]}
          </span>
        )}
      </div>
      <dl className="flex flex-col gap-2 text-sm">
        <div>
          <dt className="text-xs text-muted">Weighted impact</dt>
          <dd>
            <span className="text-lg leading-tight font-semibold tabular-nums">{formatScore(score.score)}</span>
            <span className="text-muted tabular-nums"> of {formatScore(score.maxScore)} possible</span>
            {/* The figures above carry the value; the bar is a glance aid. */}
            <span
              aria-hidden="true"
              className="mt-1 block h-2 overflow-hidden rounded-full border border-line bg-canvas"
            >
              <span className="block h-full bg-accent" style={{ width: `${share}%` }} />
            </span>
            <span className="mt-1 block text-xs text-muted">{coverageText(score)}</span>
          </dd>
        </div>
        <div className="border-t border-dashed border-line pt-2">
          <dt className="text-xs text-muted">Cost: demand on U.S. resources</dt>
          <dd className="inline-flex items-center gap-1.5 font-medium">
            {score.resourceDemand ? (
              <>
                <LevelPips level={score.resourceDemand} tone="cost" />
                {LEVEL_LABEL[score.resourceDemand]}
              </>
            ) : (
              <span className="font-normal text-muted italic">Unrated</span>
            )}
          </dd>
        </div>
      </dl>
    </li>
  );
}
