"use client";

import { useId } from "react";
import { WEIGHT_MAX, WEIGHT_MIN, findLeader, scoreOptions, type ScoringInput } from "@/lib/domain/scoring";
import { formatWeight, leaderText, weightChangeText } from "@/lib/domain/scoring-text";
import { decisiveCells, weightSensitivity, type WeightSensitivity } from "@/lib/domain/sensitivity";
import { DecisiveCellList } from "./decisive-cell-list";

const RANGE = `from ${WEIGHT_MIN} to ${WEIGHT_MAX}`;

/** How firm the lead is: which single weight or cell change would hand it to another option. */
export function SensitivityView(props: ScoringInput) {
  const headingId = useId();
  const leader = findLeader(scoreOptions(props));
  const nameOf = (optionId: string) => props.options.find((option) => option.id === optionId)?.name ?? optionId;

  return (
    <section aria-labelledby={headingId} className="px-4 py-3">
      <h3 id={headingId} className="text-sm font-semibold">
        What would change the lead
      </h3>
      <p className="mt-1 text-sm">{leaderText(leader, nameOf)}</p>
      {leader.kind === "none" ? (
        <p className="mt-1 text-sm text-muted">Rate cells in the matrix to see which option leads and how firmly.</p>
      ) : (
        <>
          <WeightChanges results={weightSensitivity(props)} input={props} nameOf={nameOf} />
          <DecisiveCellList cells={decisiveCells(props)} input={props} nameOf={nameOf} />
        </>
      )}
    </section>
  );
}

interface WeightChangesProps {
  results: readonly WeightSensitivity[];
  input: ScoringInput;
  nameOf: (optionId: string) => string;
}

function WeightChanges({ results, input, nameOf }: WeightChangesProps) {
  const headingId = useId();
  const anyChange = results.some((result) => result.nearest);
  return (
    <div className="mt-3">
      <h4 id={headingId} className="text-xs font-semibold tracking-wide text-muted uppercase">
        Priority weights
      </h4>
      {!anyChange ? (
        <p className="mt-1 text-sm">No weight {RANGE} in any area changes the leader.</p>
      ) : (
        <ul aria-labelledby={headingId} className="mt-1 divide-y divide-line text-sm">
          {results.map((result) => {
            const area = input.areas.find((candidate) => candidate.id === result.areaId);
            const changes = [result.nearest, result.nearest === result.up ? result.down : result.up].filter(
              (change) => change !== null,
            );
            return (
              <li key={result.areaId} className="py-1.5">
                <span className="font-medium">{area?.name ?? result.areaId}</span>{" "}
                <span className="text-muted">(weight {formatWeight(result.weight)})</span>
                {changes.length === 0 ? (
                  <span className="block text-muted">No weight {RANGE} changes the leader.</span>
                ) : (
                  changes.map((change) => (
                    <span key={change.direction} className="block">
                      {weightChangeText(change, result.weight, nameOf)}
                    </span>
                  ))
                )}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
