"use client";

import { useId } from "react";
import type { ValueScale } from "@/lib/domain/chart-view";
import { useTrendView } from "./trend-view";

const SELECT = "rounded-md border border-line bg-surface px-1.5 py-1 text-sm tabular-nums";
const LEGEND = "mb-1 text-[11px] font-semibold tracking-wide text-muted uppercase";

function years(from: number, to: number): number[] {
  return Array.from({ length: Math.max(to - from + 1, 0) }, (_, index) => from + index);
}

function Toggle({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onClick}
      className={`px-2.5 py-1 text-sm first:rounded-l-md last:rounded-r-md ${pressed ? "bg-accent font-medium text-white" : "bg-surface text-ink hover:bg-canvas"}`}
    >
      {children}
    </button>
  );
}

/**
 * The page-wide view settings: the years every chart shows (the same range a chart's brush
 * moves), the scale of count charts, the indexed view and the context events.
 */
export function TrendControls() {
  const { view, bounds, setRange, update } = useTrendView();
  const id = useId();
  const from = view.range?.from ?? bounds.from;
  const to = view.range?.to ?? bounds.to;
  const setScale = (scale: ValueScale) => update?.({ scale });

  return (
    <div
      role="group"
      aria-label="Chart view for every chart"
      className="flex flex-wrap items-end gap-x-6 gap-y-3 border-b border-line bg-canvas/60 px-4 py-3"
    >
      <fieldset>
        <legend className={LEGEND}>Years shown</legend>
        <div className="flex flex-wrap items-center gap-1.5 text-sm">
          <label htmlFor={`${id}-from`}>From</label>
          <select
            id={`${id}-from`}
            className={SELECT}
            value={from}
            onChange={(event) => setRange?.({ from: Number(event.target.value), to })}
          >
            {years(bounds.from, to).map((year) => (
              <option key={year}>{year}</option>
            ))}
          </select>
          <label htmlFor={`${id}-to`}>to</label>
          <select
            id={`${id}-to`}
            className={SELECT}
            value={to}
            onChange={(event) => setRange?.({ from, to: Number(event.target.value) })}
          >
            {years(from, bounds.to).map((year) => (
              <option key={year}>{year}</option>
            ))}
          </select>
          <button
            type="button"
            className="rounded-md px-2 py-1 text-sm text-accent hover:bg-accent-soft disabled:text-muted disabled:hover:bg-transparent"
            onClick={() => setRange?.(null)}
            disabled={view.range === null}
          >
            All years
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>Scale of counts</legend>
        <div className="inline-flex overflow-hidden rounded-md border border-line">
          <Toggle pressed={view.scale === "linear"} onClick={() => setScale("linear")}>
            Linear
          </Toggle>
          <Toggle pressed={view.scale === "log"} onClick={() => setScale("log")}>
            Log
          </Toggle>
        </div>
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>Values</legend>
        <div className="flex flex-wrap items-center gap-2 text-sm">
          <div className="inline-flex overflow-hidden rounded-md border border-line">
            <Toggle pressed={!view.indexed} onClick={() => update?.({ indexed: false })}>
              As published
            </Toggle>
            <Toggle pressed={view.indexed} onClick={() => update?.({ indexed: true })}>
              Indexed
            </Toggle>
          </div>
          <label htmlFor={`${id}-base`}>Base year</label>
          <select
            id={`${id}-base`}
            className={SELECT}
            value={view.baseYear}
            onChange={(event) => update?.({ baseYear: Number(event.target.value), indexed: true })}
          >
            {years(bounds.from, bounds.to).map((year) => (
              <option key={year}>{year}</option>
            ))}
          </select>
          <span className="text-xs text-muted">= 100</span>
        </div>
      </fieldset>
      <fieldset>
        <legend className={LEGEND}>Context</legend>
        <div className="inline-flex overflow-hidden rounded-md border border-line">
          <Toggle pressed={view.showEvents} onClick={() => update?.({ showEvents: !view.showEvents })}>
            Context events
          </Toggle>
        </div>
      </fieldset>
    </div>
  );
}
