"use client";

import { useState } from "react";
import {
  cellKey,
  cellRating,
  demandRating,
  setCellLevel,
  setResourceDemand,
  type WorkspaceSnapshot,
} from "@/lib/collab";
import type { Level } from "@/lib/domain/scales";
import { publishFocus } from "@/lib/client/presence";
import { usePeers } from "@/lib/client/use-peers";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { OptionHeaders } from "./option-headers";
import { OptionNotes } from "./option-notes";
import { RatingCell } from "./rating-cell";
import { useGridNavigation, type GridPosition } from "./use-grid-navigation";
import { Panel } from "@/components/ui/panel";

/** Awareness id of the demand row, which is not a priority area. */
const DEMAND_ROW_ID = "_resource-demand";

export function OptionMatrix({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const { session, author } = useWorkspace();
  const peers = usePeers(session);
  const { options, areas } = snapshot;
  const rows = [...areas.map((area) => ({ id: area.id, name: area.name, demand: false })), DEMAND_ROW];
  const grid = useGridNavigation(rows.length, options.length);
  const [editing, setEditing] = useState<GridPosition | null>(null);
  const editable = author !== null;

  const peersAt = new Map<string, typeof peers>();
  for (const peer of peers) {
    if (!peer.focus) continue;
    const key = cellKey(peer.focus.areaId, peer.focus.optionId);
    peersAt.set(key, [...(peersAt.get(key) ?? []), peer]);
  }

  function choose(position: GridPosition, areaId: string, optionId: string, demand: boolean, level: Level | null) {
    if (!author) return;
    if (demand) setResourceDemand(session.doc, optionId, level, author);
    else setCellLevel(session.doc, areaId, optionId, level, author);
    setEditing(null);
    grid.focusCell(position);
  }

  return (
    <Panel
      headingId="matrix-heading"
      title="Option matrix"
      description={
        editable
          ? "Impact of each option on each priority area. Arrow keys move; Enter or a click rates a cell."
          : "Impact of each option on each priority area."
      }
    >
      {options.length === 0 || areas.length === 0 ? (
        <p className="px-4 py-6 text-sm text-muted">This workspace has no options or priority areas yet.</p>
      ) : (
        <div className="relative overflow-x-auto">
          <table
            role="grid"
            aria-labelledby="matrix-heading"
            aria-readonly={editable ? undefined : true}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) publishFocus(session, null);
            }}
            // Below `md` rows become blocks: the area's name across the top, its three ratings side
            // by side beneath, so all options fit a phone or small tablet without scrolling sideways. The ARIA
            // roles are explicit, so the grid reads the same whatever the display.
            className="w-full table-fixed border-collapse text-left max-md:block md:min-w-[700px]"
          >
            <colgroup className="max-md:hidden">
              <col className="w-[34%]" />
            </colgroup>
            <OptionHeaders options={options} />
            {[rows.slice(0, -1), rows.slice(-1)].map((group, groupIndex) => (
              <tbody
                key={groupIndex}
                role="rowgroup"
                className={`max-md:block ${groupIndex === 1 ? "border-t-4 border-line bg-canvas/60" : ""}`}
              >
                {group.map((row, indexInGroup) => {
                  const rowIndex = groupIndex === 0 ? indexInGroup : rows.length - 1;
                  return (
                    <tr key={row.id} role="row" className="max-md:grid max-md:grid-cols-3">
                      <th
                        role="rowheader"
                        scope="row"
                        // Sticky so a narrow window scrolling the options sideways still shows the row.
                        className="border-b border-line bg-surface px-3 py-2 align-middle text-sm font-normal max-md:col-span-3 max-md:bg-canvas max-md:py-1.5 max-md:font-medium md:sticky md:left-0 md:z-10"
                      >
                        {row.demand ? (
                          <>
                            <span className="font-medium">Demand on U.S. resources</span>{" "}
                            <span className="text-muted">(cost)</span>
                          </>
                        ) : (
                          row.name
                        )}
                      </th>
                      {options.map((option, colIndex) => {
                        const position = { row: rowIndex, col: colIndex };
                        const focusId = row.demand ? DEMAND_ROW_ID : row.id;
                        return (
                          <RatingCell
                            key={option.id}
                            rating={
                              row.demand ? demandRating(snapshot, option.id) : cellRating(snapshot, row.id, option.id)
                            }
                            tone={row.demand ? "cost" : "impact"}
                            label={`${option.name}, ${row.demand ? "demand on U.S. resources" : row.name}`}
                            tabbable={grid.isActive(position)}
                            editing={editing?.row === rowIndex && editing.col === colIndex}
                            editable={editable}
                            peersHere={peersAt.get(cellKey(focusId, option.id)) ?? []}
                            cellRef={grid.cellRef(position)}
                            onFocus={() => {
                              grid.setActive(position);
                              publishFocus(session, { areaId: focusId, optionId: option.id });
                            }}
                            onKeyDown={(event) => {
                              if (event.target !== event.currentTarget || grid.onCellKeyDown(event, position)) return;
                              if (editable && (event.key === "Enter" || event.key === " ")) {
                                event.preventDefault();
                                setEditing(position);
                              }
                            }}
                            onOpen={() => setEditing(position)}
                            onChoose={(level) => choose(position, row.id, option.id, row.demand, level)}
                            onCancel={() => {
                              setEditing(null);
                              grid.focusCell(position);
                            }}
                            onLeave={() => setEditing(null)}
                          />
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            ))}
          </table>
        </div>
      )}
      <OptionNotes options={options} />
      <p className="border-t border-line px-4 py-2 text-xs text-muted">
        Demand on U.S. resources is a cost, shown apart: it is never added to an option&rsquo;s impact.
      </p>
    </Panel>
  );
}

const DEMAND_ROW = { id: DEMAND_ROW_ID, name: "Demand on U.S. resources", demand: true };
