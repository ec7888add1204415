"use client";

import { useState, type CSSProperties, type KeyboardEvent } from "react";
import {
  areaWeight,
  cellKey,
  cellRating,
  demandRating,
  setCellLevel,
  setResourceDemand,
  type WorkspaceSnapshot,
} from "@/lib/collab";
import { LEVEL_LABEL, type Level } from "@/lib/domain/scales";
import { useSessionMarks } from "@/lib/client/use-session-marks";
import { consensusState } from "@/components/sessions/consensus-mark";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { AreaHeader } from "./area-header";
import { changeText } from "./authorship-text";
import { OptionHeaders } from "./option-headers";
import { RatingCell } from "./rating-cell";
import { ResponseCell } from "./response-cell";
import { targetId, type MatrixTarget } from "./matrix-target";
import type { useMatrixSelection } from "./use-matrix-selection";

type Selection = ReturnType<typeof useMatrixSelection>;

interface MatrixGridProps {
  snapshot: WorkspaceSnapshot;
  selection: Selection;
  describedBy: string;
  /** Enter or F2 on a header or text cell, F2 on a rating cell: edit it in the details panel. */
  onEdit: (target: MatrixTarget) => void;
  /** Alt+arrow on a header: move that option or area one place. */
  onMove: (target: MatrixTarget, by: -1 | 1) => void;
}

const MOVE_KEYS: Record<"option" | "area", Partial<Record<string, -1 | 1>>> = {
  option: { ArrowLeft: -1, ArrowRight: 1 },
  area: { ArrowUp: -1, ArrowDown: 1 },
};

const isEnter = (event: KeyboardEvent) => event.key === "Enter" || event.key === " ";

export function MatrixGrid({ snapshot, selection, describedBy, onEdit, onMove }: MatrixGridProps) {
  const { session, author } = useWorkspace();
  const [choosing, setChoosing] = useState<string | null>(null);
  const { options, areas } = snapshot;
  const editable = author !== null;
  const { bind, focusTarget } = selection;
  // A recorded cell shows its consensus mark; one a rating round locks is answered in the session, not here.
  const { outcomes, locked } = useSessionMarks(session);

  function onKey(target: MatrixTarget) {
    return (event: KeyboardEvent<HTMLTableCellElement>) => {
      if (!editable) return;
      if ((target.kind === "option" || target.kind === "area") && event.altKey) {
        const by = MOVE_KEYS[target.kind][event.key];
        if (by) {
          event.preventDefault();
          onMove(target, by);
        }
        return;
      }
      const inSession = target.kind === "cell" && locked.has(`cell:${cellKey(target.areaId, target.optionId)}`);
      const rates = (target.kind === "cell" && !inSession) || target.kind === "demand";
      if (rates && (isEnter(event) || (target.kind === "demand" && event.key === "F2"))) {
        event.preventDefault();
        setChoosing(targetId(target));
      } else if (event.key === "F2" || (!rates && event.key === "Enter")) {
        event.preventDefault();
        onEdit(target);
      }
    };
  }

  function choose(target: MatrixTarget, level: Level | null) {
    if (!author) return;
    if (target.kind === "demand") setResourceDemand(session.doc, target.optionId, level, author);
    else if (target.kind === "cell") setCellLevel(session.doc, target.areaId, target.optionId, level, author);
    setChoosing(null);
    focusTarget(target);
  }

  function ratingProps(target: MatrixTarget & { optionId: string }, label: string) {
    const id = targetId(target);
    return {
      label,
      editable,
      editing: choosing === id,
      binding: bind(target, onKey(target)),
      onOpen: () => setChoosing(id),
      onChoose: (level: Level | null) => choose(target, level),
      onCancel: () => {
        setChoosing(null);
        focusTarget(target);
      },
      onLeave: () => setChoosing((open) => (open === id ? null : open)),
    };
  }

  const columns = { "--matrix-columns": `repeat(${options.length}, minmax(0, 1fr))` } as CSSProperties;
  return (
    <table
      role="grid"
      aria-labelledby="matrix-heading"
      aria-describedby={describedBy}
      aria-readonly={editable ? undefined : true}
      style={columns}
      // Below `md` rows become blocks: the area's name across the top, its ratings side by side
      // beneath, so every option fits a phone without scrolling sideways. The ARIA roles are
      // explicit, so the grid reads the same whatever the display.
      className="w-full table-fixed border-collapse text-left max-md:block md:min-w-[640px]"
    >
      <colgroup className="max-md:hidden">
        <col className="w-[30%]" />
      </colgroup>
      <OptionHeaders
        options={options}
        bindingOf={(option) =>
          bind({ kind: "option", optionId: option.id }, onKey({ kind: "option", optionId: option.id }))
        }
      />
      <tbody role="rowgroup" className="max-md:block">
        {areas.map((area) => {
          const areaTarget = { kind: "area", areaId: area.id } as const;
          return (
            <tr key={area.id} role="row" className="max-md:grid max-md:grid-cols-(--matrix-columns)">
              <AreaHeader
                area={area}
                weight={areaWeight(snapshot, area.id)}
                linkedThreats={snapshot.threats.filter((threat) => threat.areaIds.includes(area.id)).length}
                binding={bind(areaTarget, onKey(areaTarget))}
              />
              {options.map((option) => {
                const target = { kind: "cell", areaId: area.id, optionId: option.id } as const;
                const rating = cellRating(snapshot, area.id, option.id);
                const edit = snapshot.rationaleEdits[cellKey(area.id, option.id)];
                const sessionKey = `cell:${cellKey(area.id, option.id)}`;
                const inSession = locked.has(sessionKey);
                return (
                  <RatingCell
                    key={option.id}
                    {...ratingProps(target, `${option.name}, ${area.name}`)}
                    editable={editable && !inSession}
                    inSession={inSession}
                    consensus={consensusState(outcomes[sessionKey], rating.level, rating.byName)}
                    rating={rating}
                    tone="impact"
                    history={[
                      changeText(rating.level ? `Rated ${LEVEL_LABEL[rating.level]}` : "Cleared", rating),
                      changeText("Rationale edited", edit),
                    ].filter((line) => line !== null)}
                    rationale={snapshot.rationales[cellKey(area.id, option.id)]}
                    thread={{ kind: "cell", areaId: area.id, optionId: option.id }}
                  />
                );
              })}
            </tr>
          );
        })}
      </tbody>
      <tbody role="rowgroup" className="border-t-4 border-line bg-canvas/60 max-md:block">
        <tr role="row" className="max-md:grid max-md:grid-cols-(--matrix-columns)">
          <RowLabel>
            <span className="font-medium">Demand on U.S. resources</span> <span className="text-muted">(cost)</span>
            {snapshot.meta.template === "rand-mexico-2009" && (
              <span className="block text-[11px] text-muted">
                As the brief puts it, other analysis has shown the options &ldquo;generally&rdquo; have these demands.
              </span>
            )}
          </RowLabel>
          {options.map((option) => {
            const rating = demandRating(snapshot, option.id);
            return (
              <RatingCell
                key={option.id}
                {...ratingProps({ kind: "demand", optionId: option.id }, `${option.name}, demand on U.S. resources`)}
                rating={rating}
                tone="cost"
                history={[changeText(rating.level ? `Rated ${LEVEL_LABEL[rating.level]}` : "Cleared", rating)].filter(
                  (line) => line !== null,
                )}
              />
            );
          })}
        </tr>
        <tr role="row" className="max-md:grid max-md:grid-cols-(--matrix-columns)">
          <RowLabel>
            <span className="font-medium">Likely Mexican response</span>
          </RowLabel>
          {options.map((option) => {
            const target = { kind: "response", optionId: option.id } as const;
            return (
              <ResponseCell
                key={option.id}
                text={option.mexicanResponse}
                editable={editable}
                binding={bind(target, onKey(target))}
              />
            );
          })}
        </tr>
      </tbody>
    </table>
  );
}

/** The label of the demand and response rows: a header, not a stop for the keyboard. */
function RowLabel({ children }: { children: React.ReactNode }) {
  return (
    <th
      role="rowheader"
      scope="row"
      className="border-b border-line bg-surface px-3 py-2 align-top text-sm font-normal max-md:col-span-full max-md:bg-canvas max-md:py-1.5 md:sticky md:left-0 md:z-10"
    >
      {children}
    </th>
  );
}
