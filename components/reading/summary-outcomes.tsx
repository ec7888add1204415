"use client";

import type { ReactNode } from "react";
import { cellKey, cellRating, type WorkspaceSnapshot } from "@/lib/collab";
import type { RatedValue, RecordedOutcome } from "@/lib/contract/sessions";
import { outcomeLines, type OutcomeLine, type OutcomeTarget } from "@/lib/domain/recorded-outcomes";
import { useRecordedOutcomes } from "@/lib/client/use-published-sessions";
import { Panel } from "@/components/ui/panel";
import { percent, valueText } from "@/components/sessions/target-text";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { ChangeMarked } from "./change-mark";

const FIELD_TEXT = { likelihood: "Likelihood", impact: "Impact" } as const;

/** Every target that can carry a recording, in the matrix's order and then the register's. */
function outcomeTargets(snapshot: WorkspaceSnapshot): OutcomeTarget[] {
  const cells = snapshot.areas.flatMap((area) =>
    snapshot.options.map((option) => {
      const rating = cellRating(snapshot, area.id, option.id);
      return {
        key: `cell:${cellKey(area.id, option.id)}`,
        label: `${option.name} × ${area.name}`,
        current: rating.level,
        changedBy: rating.byName,
      };
    }),
  );
  const threats = snapshot.threats.flatMap((threat) =>
    (["likelihood", "impact"] as const).map((field) => ({
      key: `threat:${threat.id}:${field}`,
      label: `${threat.name} · ${FIELD_TEXT[field]}`,
      current: threat[field],
      changedBy: threat.updatedBy?.byName,
    })),
  );
  return [...cells, ...threats];
}

/**
 * The summary's consensus and dissent, or nothing while no session has recorded anything (the
 * summary then shows no empty heading). Live: recordings arrive through the document.
 */
export function useSummaryOutcomes(snapshot: WorkspaceSnapshot): ReactNode {
  const { session } = useWorkspace();
  const outcomes: Record<string, RecordedOutcome> = useRecordedOutcomes(session);
  const lines = outcomeLines(outcomes, outcomeTargets(snapshot));
  if (lines.length === 0) return null;
  return (
    <ChangeMarked region="summary-outcomes" signature={JSON.stringify(lines)}>
      <Panel
        headingId="summary-outcomes-heading"
        title="Consensus and dissent"
        description="What the team's rating sessions recorded, and the reasons of those who answered otherwise."
      >
        <ul className="grid gap-3 p-4 md:grid-cols-2">
          {lines.map((line) => (
            <OutcomeItem key={line.key} line={line} />
          ))}
        </ul>
      </Panel>
    </ChangeMarked>
  );
}

/** "High", or "Score 4" for a threat's 1–5 (a bare number reads as a count). */
function say(value: RatedValue | null): string {
  if (value === null) return "Unrated";
  return typeof value === "number" ? `Score ${value}` : valueText(value);
}

function OutcomeItem({ line }: { line: OutcomeLine }) {
  const { outcome } = line;
  return (
    <li data-testid="summary-outcome" data-target={line.key} className="rounded-md border border-line p-3 text-sm">
      <h3 className="font-semibold">{line.label}</h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
        {/* What the decision stands on now: after a later edit that is no longer the recorded value. */}
        <span className="text-base font-semibold" data-testid="summary-value">
          {say(line.current)}
        </span>
        <span
          data-testid="summary-provenance"
          className={`rounded px-1.5 text-xs font-medium ${line.holds ? "bg-accent-soft text-accent" : "bg-level-low-soft text-warn"}`}
        >
          {line.holds ? line.provenance : line.changed}
        </span>
        <span className="text-xs text-muted">
          {outcome.sessionTitle}
          {outcome.modalShare !== null && ` · ${percent(outcome.modalShare)} in the most chosen value`}
        </span>
      </p>
      {!line.holds && (
        <p className="mt-1 text-xs text-warn">
          The session recorded {say(outcome.value)} ({line.provenance}); its history keeps the recording.
        </p>
      )}
      <Dissent line={line} />
    </li>
  );
}

function Dissent({ line }: { line: OutcomeLine }) {
  if (line.otherwise === 0) {
    return <p className="mt-2 text-xs text-muted">No dissent: everyone who rated chose {say(line.outcome.value)}.</p>;
  }
  return (
    <div className="mt-2" data-testid="summary-dissent">
      <p className="text-xs font-semibold tracking-wide text-muted uppercase">
        Dissent: {line.otherwise} of {line.outcome.n} answered otherwise
      </p>
      <ul className="mt-1 space-y-1">
        {line.dissent.map((group) => (
          <li key={String(group.value)}>
            <span className="font-medium">{say(group.value)}</span>
            <span className="text-muted"> · {group.count === 1 ? "1 answer" : `${group.count} answers`}</span>
            {group.reasons.length === 0 ? (
              <span className="text-muted"> · no reason given</span>
            ) : (
              <ul className="list-disc pl-5">
                {group.reasons.map((reason, index) => (
                  <li key={index} className="break-words">
                    &ldquo;{reason}&rdquo;
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
