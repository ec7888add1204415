export interface GridPosition {
  row: number;
  col: number;
}

export interface GridShape {
  rows: number;
  cols: number;
  /** Cells that take focus; the others (the corner, label-only row headers) are stepped over. */
  focusable: (position: GridPosition) => boolean;
}

export interface GridKey {
  key: string;
  ctrl: boolean;
}

const STEP: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

function inside(shape: GridShape, position: GridPosition): boolean {
  return position.row >= 0 && position.row < shape.rows && position.col >= 0 && position.col < shape.cols;
}

/** The nearest focusable cell from `from` in one direction, or null at the edge. */
function walk(shape: GridShape, from: GridPosition, [dRow, dCol]: [number, number]): GridPosition | null {
  let at = { row: from.row + dRow, col: from.col + dCol };
  while (inside(shape, at)) {
    if (shape.focusable(at)) return at;
    at = { row: at.row + dRow, col: at.col + dCol };
  }
  return null;
}

function firstInRow(shape: GridShape, row: number, reverse: boolean): GridPosition | null {
  for (let step = 0; step < shape.cols; step += 1) {
    const at = { row, col: reverse ? shape.cols - 1 - step : step };
    if (shape.focusable(at)) return at;
  }
  return null;
}

function firstInGrid(shape: GridShape, reverse: boolean): GridPosition | null {
  for (let step = 0; step < shape.rows; step += 1) {
    const found = firstInRow(shape, reverse ? shape.rows - 1 - step : step, reverse);
    if (found) return found;
  }
  return null;
}

/**
 * Where a key moves focus in an ARIA grid (https://www.w3.org/WAI/ARIA/apg/patterns/grid/):
 * arrows step to the next focusable cell and stop at the edge, Home/End go to the ends of the
 * row, Ctrl+Home/End to the first and last cell of the grid. Null: the key is not a move.
 */
export function nextPosition(event: GridKey, from: GridPosition, shape: GridShape): GridPosition | null {
  const step = STEP[event.key];
  if (step) return walk(shape, from, step) ?? from;
  if (event.key === "Home" || event.key === "End") {
    const reverse = event.key === "End";
    return (event.ctrl ? firstInGrid(shape, reverse) : firstInRow(shape, from.row, reverse)) ?? from;
  }
  return null;
}

/** The focusable cell nearest to `wanted` after the grid shrank (a peer removed a row). */
export function clampPosition(wanted: GridPosition, shape: GridShape): GridPosition | null {
  const clamped = {
    row: Math.min(Math.max(wanted.row, 0), shape.rows - 1),
    col: Math.min(Math.max(wanted.col, 0), shape.cols - 1),
  };
  if (!inside(shape, clamped)) return null;
  if (shape.focusable(clamped)) return clamped;
  return (
    walk(shape, clamped, [0, 1]) ??
    walk(shape, clamped, [0, -1]) ??
    walk(shape, clamped, [1, 0]) ??
    firstInGrid(shape, false)
  );
}
