"use client";

import { useId } from "react";
import { SCALE_DESCRIPTION, findLeader, leaderIds, scoreOptions, type ScoringInput } from "@/lib/domain/scoring";
import { leaderText } from "@/lib/domain/scoring-text";
import { OptionScoreCard } from "./option-score-card";

/**
 * Per-option weighted impact, leader first in words. Takes the same plain inputs as the scoring
 * module, so it renders whatever the matrix holds without knowing about the document.
 */
export function OptionSummary(props: ScoringInput) {
  const headingId = useId();
  const scores = scoreOptions(props);
  const leader = findLeader(scores);
  const leading = new Set(leaderIds(leader));
  const nameOf = (optionId: string) => props.options.find((option) => option.id === optionId)?.name ?? optionId;

  return (
    <section aria-labelledby={headingId} className="px-4 py-3">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h3 id={headingId} className="text-sm font-semibold">
          Weighted impact by option
        </h3>
        <p className="text-xs text-muted">
          Score: <span className="font-medium text-ink">{SCALE_DESCRIPTION}</span>, summed over rated areas.
        </p>
      </div>
      {scores.length === 0 ? (
        <p className="mt-1 text-sm text-muted">No options to score yet.</p>
      ) : (
        <>
          <p className="mt-1 text-sm">{leaderText(leader, nameOf)}</p>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2 md:grid-cols-3">
            {scores.map((score) => (
              <OptionScoreCard
                key={score.optionId}
                score={score}
                lead={leading.has(score.optionId) ? (leader.kind === "tie" ? "tied" : "leads") : null}
              />
            ))}
          </ul>
        </>
      )}
      <p className="mt-2 text-xs text-muted">
        An unrated area adds nothing to a score. Demand on U.S. resources is a cost: it is shown beside the score and
        never added to it.
      </p>
    </section>
  );
}
