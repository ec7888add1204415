"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { Peer, WorkspaceSnapshot } from "@/lib/collab";
import type { CollabSession } from "@/lib/client/collab-session";
import { publishFocus } from "@/lib/client/presence";
import { clampPosition, nextPosition, type GridPosition } from "./grid-position";
import type { GridCellBinding } from "./grid-cell-binding";
import {
  matrixShape,
  positionOf,
  presenceFocus,
  targetAt,
  targetId,
  targetOfFocus,
  type MatrixLayout,
  type MatrixTarget,
} from "./matrix-target";

/**
 * Roving focus, selection and presence for the matrix grid. One element is in the tab order;
 * arrow keys, Home/End and Ctrl+Home/End move between cells and headers. The selected target is
 * kept by ids, so it stays on its record when someone reorders the matrix, and the details
 * panel shows it while focus is in there.
 */
export function useMatrixSelection(session: CollabSession, snapshot: WorkspaceSnapshot, peers: readonly Peer[]) {
  const areaIds = snapshot.areas.map((area) => area.id).join(" ");
  const optionIds = snapshot.options.map((option) => option.id).join(" ");
  const layout = useMemo<MatrixLayout>(
    () => ({ areaIds: areaIds ? areaIds.split(" ") : [], optionIds: optionIds ? optionIds.split(" ") : [] }),
    [areaIds, optionIds],
  );
  const shape = matrixShape(layout);
  const [selected, setSelected] = useState<MatrixTarget | null>(null);
  const [last, setLast] = useState<GridPosition>({ row: 1, col: 1 });
  const cells = useRef(new Map<string, HTMLElement>());
  const refocus = useRef<MatrixTarget | null>(null);

  const selectedPosition = selected ? positionOf(layout, selected) : null;
  const current = selectedPosition ? selected : null;
  const activePosition = selectedPosition ?? clampPosition(last, shape);
  const active = activePosition ? targetAt(layout, activePosition) : null;
  const activeId = active ? targetId(active) : null;

  const focusTarget = useCallback((target: MatrixTarget) => {
    cells.current.get(targetId(target))?.focus();
  }, []);

  // A record that moved in the DOM may lose focus on the way: give it back once it has landed.
  useEffect(() => {
    const target = refocus.current;
    if (!target) return;
    refocus.current = null;
    focusTarget(target);
  }, [layout, focusTarget]);

  const peersAt = new Map<string, Peer[]>();
  for (const peer of peers) {
    if (!peer.focus) continue;
    const id = targetId(targetOfFocus(peer.focus));
    peersAt.set(id, [...(peersAt.get(id) ?? []), peer]);
  }

  function move(event: KeyboardEvent<HTMLElement>, from: MatrixTarget): boolean {
    const position = positionOf(layout, from);
    if (!position || event.altKey) return false;
    const next = nextPosition({ key: event.key, ctrl: event.ctrlKey || event.metaKey }, position, shape);
    if (!next) return false;
    event.preventDefault();
    const target = targetAt(layout, next);
    if (target) focusTarget(target);
    return true;
  }

  function bind(target: MatrixTarget, onKey: (event: KeyboardEvent<HTMLTableCellElement>) => void): GridCellBinding {
    const id = targetId(target);
    return {
      tabbable: id === activeId,
      selected: current !== null && targetId(current) === id,
      peersHere: peersAt.get(id) ?? [],
      cellRef: (element) => {
        if (element) cells.current.set(id, element);
        else cells.current.delete(id);
      },
      onFocus: () => {
        setSelected(target);
        const position = positionOf(layout, target);
        if (position) setLast(position);
        publishFocus(session, presenceFocus(target));
      },
      onKeyDown: (event) => {
        if (event.target !== event.currentTarget || move(event, target)) return;
        onKey(event);
      },
    };
  }

  return {
    layout,
    /** The selected target while it still exists. */
    selected: current,
    bind,
    focusTarget,
    /** Focus `target` after the next change of the matrix's shape or order. */
    focusAfterChange: (target: MatrixTarget) => {
      refocus.current = target;
    },
  };
}
