"use client";

import type { Threat, ThreatChange } from "@/lib/collab";
import { useLockedTargets, useRecordedOutcomes } from "@/lib/client/use-published-sessions";
import { SCORE_MAX, SCORE_MIN, isScore } from "@/lib/domain/scales";
import { ConsensusDetails, ConsensusMark, consensusState } from "@/components/sessions/consensus-mark";
import { useWorkspace } from "@/components/workspace/workspace-context";

const SCORES = Array.from({ length: SCORE_MAX - SCORE_MIN + 1 }, (_, index) => SCORE_MIN + index);

const FIELD_LABEL = { likelihood: "Likelihood", impact: "Impact" } as const;

interface ScoreSelectProps {
  threat: Threat;
  field: keyof typeof FIELD_LABEL;
  /** Null renders the value as text: viewers get no controls at all. */
  assess: ((change: ThreatChange) => void) | null;
  className?: string;
}

/**
 * A threat's likelihood or impact. While a rating round locks it, it is shown as text with
 * "in a rating round"; a value recorded by a session carries its consensus mark, whose details
 * open beneath it.
 */
export function ScoreSelect({ threat, field, assess, className = "" }: ScoreSelectProps) {
  const { session } = useWorkspace();
  const key = `threat:${threat.id}:${field}`;
  const locked = useLockedTargets(session).has(key);
  const consensus = consensusState(useRecordedOutcomes(session)[key], threat[field], threat.updatedBy?.byName);
  const value = threat[field];
  return (
    <div className="space-y-0.5">
      {!assess || locked ? (
        <span>{value === null ? <span className="text-muted italic">Unrated</span> : value}</span>
      ) : (
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
      )}
      {locked && (
        <span data-testid="in-session" className="block text-[11px] font-medium text-accent">
          In a rating round
        </span>
      )}
      {consensus && (
        <details className="text-xs">
          <summary className="cursor-pointer list-none">
            <ConsensusMark state={consensus} />
            <span className="sr-only"> ({FIELD_LABEL[field]}): details</span>
          </summary>
          <div className="mt-1 w-64 max-w-[80vw]">
            <ConsensusDetails state={consensus} />
          </div>
        </details>
      )}
    </div>
  );
}
