"use client";

import { useCallback, useRef, useState, type KeyboardEvent } from "react";

export interface GridPosition {
  row: number;
  col: number;
}

/**
 * Roving tabindex for an ARIA grid: one cell is in the tab order, arrow keys, Home/End and
 * Ctrl+Home/End move focus between cells (https://www.w3.org/WAI/ARIA/apg/patterns/grid/).
 */
export function useGridNavigation(rows: number, cols: number) {
  const [active, setActive] = useState<GridPosition>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLElement>());

  const cellRef = useCallback(
    (position: GridPosition) => (element: HTMLElement | null) => {
      const key = `${position.row}:${position.col}`;
      if (element) cells.current.set(key, element);
      else cells.current.delete(key);
    },
    [],
  );

  const focusCell = useCallback((position: GridPosition) => {
    setActive(position);
    cells.current.get(`${position.row}:${position.col}`)?.focus();
  }, []);

  const onCellKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>, from: GridPosition): boolean => {
      const last = { row: rows - 1, col: cols - 1 };
      const next = nextPosition(event, from, last);
      if (!next) return false;
      event.preventDefault();
      focusCell(next);
      return true;
    },
    [rows, cols, focusCell],
  );

  // Clamp so a shrinking grid (a peer deleting a row) never leaves nothing in the tab order.
  const current = {
    row: Math.min(active.row, Math.max(rows - 1, 0)),
    col: Math.min(active.col, Math.max(cols - 1, 0)),
  };
  const isActive = (position: GridPosition) => position.row === current.row && position.col === current.col;

  return { isActive, cellRef, focusCell, setActive, onCellKeyDown };
}

function nextPosition(event: KeyboardEvent, from: GridPosition, last: GridPosition): GridPosition | null {
  const ctrl = event.ctrlKey || event.metaKey;
  switch (event.key) {
    case "ArrowUp":
      return { row: Math.max(from.row - 1, 0), col: from.col };
    case "ArrowDown":
      return { row: Math.min(from.row + 1, last.row), col: from.col };
    case "ArrowLeft":
      return { row: from.row, col: Math.max(from.col - 1, 0) };
    case "ArrowRight":
      return { row: from.row, col: Math.min(from.col + 1, last.col) };
    case "Home":
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case "End":
      return ctrl ? last : { row: from.row, col: last.col };
    default:
      return null;
  }
}
