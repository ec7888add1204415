import { useId } from "react";
import { LEVEL_LABEL } from "@/lib/domain/scales";
import type { ScoringInput } from "@/lib/domain/scoring";
import { cellChangeText } from "@/lib/domain/scoring-text";
import type { DecisiveCell } from "@/lib/domain/sensitivity";

/** In a tie nearly every cell is decisive; the rest fold away so the list stays readable. */
const SHOWN = 6;

interface DecisiveCellListProps {
  cells: readonly DecisiveCell[];
  input: ScoringInput;
  nameOf: (optionId: string) => string;
}

export function DecisiveCellList({ cells, input, nameOf }: DecisiveCellListProps) {
  const headingId = useId();
  const areaName = (areaId: string) => input.areas.find((area) => area.id === areaId)?.name ?? areaId;
  const item = (cell: DecisiveCell) => (
    <li key={`${cell.areaId}/${cell.optionId}`} className="py-1.5">
      <span className="font-medium">{nameOf(cell.optionId)}</span>
      <span className="text-muted"> × </span>
      {areaName(cell.areaId)}{" "}
      <span className="text-muted">(now {cell.current ? LEVEL_LABEL[cell.current] : "unrated"})</span>
      <ul className="mt-0.5 list-disc pl-5">
        {cell.changes.map((change) => (
          <li key={change.to ?? "unrated"}>{cellChangeText(change, nameOf)}</li>
        ))}
      </ul>
    </li>
  );

  return (
    <div className="mt-3">
      <h4 id={headingId} className="text-xs font-semibold tracking-wide text-muted uppercase">
        Decisive cells
      </h4>
      {cells.length === 0 ? (
        <p className="mt-1 text-sm">No single cell change would change the leader.</p>
      ) : (
        <>
          <p className="mt-1 text-sm text-muted">
            {cells.length === 1 ? "One cell" : `${cells.length} cells`} would change the leader with a single new
            rating:
          </p>
          <ul aria-labelledby={headingId} className="divide-y divide-line text-sm">
            {cells.slice(0, SHOWN).map(item)}
          </ul>
          {cells.length > SHOWN && (
            <details className="text-sm">
              <summary className="cursor-pointer py-1 text-accent select-none">
                Show {cells.length - SHOWN} more decisive {cells.length - SHOWN === 1 ? "cell" : "cells"}
              </summary>
              <ul className="divide-y divide-line">{cells.slice(SHOWN).map(item)}</ul>
            </details>
          )}
        </>
      )}
    </div>
  );
}
