"use client";

import { useState, type KeyboardEvent } from "react";
import type { MouseHandlerDataParam } from "recharts";
import { moveCursor, nearestIndex, selectionBetween, type ChartSelection } from "@/lib/domain/chart-selection";

export interface ChartSelectHandlers {
  /** A click on the plot, or Enter on the keyboard cursor, picks one period. */
  onSelectPoint?: (point: { t: number; x: string }) => void;
  /** A drag across the plot, or Shift+arrows then Enter, picks a span (decimal years, ordered). */
  onSelectRange?: (range: { from: number; to: number }) => void;
}

function labelOf(state: MouseHandlerDataParam): number | undefined {
  const label = Number(state.activeLabel);
  return state.activeLabel === undefined || Number.isNaN(label) ? undefined : label;
}

/**
 * Point and range selection on a time chart, by pointer and by keyboard. Inactive (returns
 * `enabled: false`) unless a handler is given, so a read-only chart gets no focus stop.
 */
export function useChartCursor(rows: readonly { t: number; x: string }[], handlers: ChartSelectHandlers) {
  const [cursor, setCursor] = useState<number>();
  const [anchor, setAnchor] = useState<number>();
  const [dragFrom, setDragFrom] = useState<number>();
  const enabled = Boolean(handlers.onSelectPoint || handlers.onSelectRange);
  const times = rows.map((row) => row.t);

  function emit(selection: ChartSelection | undefined) {
    if (selection?.kind === "point") handlers.onSelectPoint?.({ t: selection.t, x: selection.x });
    if (selection?.kind === "range") handlers.onSelectRange?.({ from: selection.from, to: selection.to });
  }

  function onKeyDown(event: KeyboardEvent) {
    if (!enabled) return;
    if (event.key === "Enter" && cursor !== undefined) {
      event.preventDefault();
      emit(selectionBetween(rows, handlers.onSelectRange ? anchor : undefined, cursor));
      setAnchor(undefined);
      return;
    }
    if (event.key === "Escape") {
      setCursor(undefined);
      setAnchor(undefined);
      return;
    }
    const next = moveCursor(cursor, event.key, rows.length);
    if (next === undefined) return;
    event.preventDefault();
    if (event.shiftKey) setAnchor((current) => current ?? cursor ?? next);
    else setAnchor(undefined);
    setCursor(next);
  }

  function onMouseDown(state: MouseHandlerDataParam) {
    if (enabled) setDragFrom(labelOf(state));
  }

  function onMouseUp(state: MouseHandlerDataParam) {
    const to = labelOf(state);
    if (!enabled || to === undefined) return;
    const start = nearestIndex(times, dragFrom ?? to);
    const end = nearestIndex(times, to);
    setDragFrom(undefined);
    emit(selectionBetween(rows, handlers.onSelectRange ? start : undefined, end));
  }

  return { enabled, cursor, anchor, onKeyDown, onMouseDown, onMouseUp };
}
