import type { GridPosition, GridShape } from "./grid-position";

/**
 * What can be selected in the matrix. The grid is laid out as: row 0 the option headers,
 * then one row per priority area, then resource demand and the likely Mexican response; column
 * 0 the row headers, then one column per option. A selection is held by ids, not position, so
 * it follows its record when someone reorders the matrix.
 */
export type MatrixTarget =
  | { kind: "cell"; areaId: string; optionId: string }
  | { kind: "demand"; optionId: string }
  | { kind: "response"; optionId: string }
  | { kind: "option"; optionId: string }
  | { kind: "area"; areaId: string };

export interface MatrixLayout {
  areaIds: readonly string[];
  optionIds: readonly string[];
}

/** Presence ids of the parts of the matrix that are not an area × option cell. */
export const PRESENCE_ID = {
  demandRow: "_resource-demand",
  responseRow: "_mexican-response",
  optionHeader: "_option",
  areaHeader: "_area",
} as const;

export function matrixShape({ areaIds, optionIds }: MatrixLayout): GridShape {
  const rows = areaIds.length + 3;
  return {
    rows,
    cols: optionIds.length + 1,
    // The corner and the labels of the demand and response rows hold nothing to act on.
    focusable: ({ row, col }) => (col === 0 ? row > 0 && row <= areaIds.length : true),
  };
}

export function targetAt({ areaIds, optionIds }: MatrixLayout, { row, col }: GridPosition): MatrixTarget | null {
  const optionId = optionIds[col - 1];
  if (row === 0) return optionId ? { kind: "option", optionId } : null;
  const areaId = areaIds[row - 1];
  if (col === 0) return areaId ? { kind: "area", areaId } : null;
  if (!optionId) return null;
  if (areaId) return { kind: "cell", areaId, optionId };
  if (row === areaIds.length + 1) return { kind: "demand", optionId };
  if (row === areaIds.length + 2) return { kind: "response", optionId };
  return null;
}

export function positionOf({ areaIds, optionIds }: MatrixLayout, target: MatrixTarget): GridPosition | null {
  const col = "optionId" in target ? optionIds.indexOf(target.optionId) + 1 : 0;
  const areaRow = "areaId" in target ? areaIds.indexOf(target.areaId) + 1 : -1;
  if ("optionId" in target && col === 0) return null;
  switch (target.kind) {
    case "option":
      return { row: 0, col };
    case "area":
    case "cell":
      return areaRow > 0 ? { row: areaRow, col } : null;
    case "demand":
      return { row: areaIds.length + 1, col };
    case "response":
      return { row: areaIds.length + 2, col };
  }
}

/** A stable string per target, e.g. to group the peers on each. */
export function targetId(target: MatrixTarget): string {
  switch (target.kind) {
    case "cell":
      return `cell:${target.areaId}|${target.optionId}`;
    case "area":
      return `area:${target.areaId}`;
    default:
      return `${target.kind}:${target.optionId}`;
  }
}

/** What this person publishes as their focus: awareness only knows area × option pairs. */
export function presenceFocus(target: MatrixTarget): { areaId: string; optionId: string } {
  switch (target.kind) {
    case "cell":
      return { areaId: target.areaId, optionId: target.optionId };
    case "demand":
      return { areaId: PRESENCE_ID.demandRow, optionId: target.optionId };
    case "response":
      return { areaId: PRESENCE_ID.responseRow, optionId: target.optionId };
    case "option":
      return { areaId: PRESENCE_ID.optionHeader, optionId: target.optionId };
    case "area":
      return { areaId: target.areaId, optionId: PRESENCE_ID.areaHeader };
  }
}

/** The inverse of `presenceFocus`, for placing peers on the matrix. */
export function targetOfFocus({ areaId, optionId }: { areaId: string; optionId: string }): MatrixTarget {
  if (optionId === PRESENCE_ID.areaHeader) return { kind: "area", areaId };
  if (areaId === PRESENCE_ID.demandRow) return { kind: "demand", optionId };
  if (areaId === PRESENCE_ID.responseRow) return { kind: "response", optionId };
  if (areaId === PRESENCE_ID.optionHeader) return { kind: "option", optionId };
  return { kind: "cell", areaId, optionId };
}
