"use client";

import type { YearRange } from "@/lib/domain/series-transforms";

interface RangeBrushProps {
  /** The years the chart has; the brush spans them. */
  bounds: YearRange;
  value: YearRange;
  onChange: (range: YearRange) => void;
  /** Names the two handles: "Start year of <label>". */
  label: string;
}

// Two native range inputs share one track: each handle takes pointer and arrow keys, and the
// inputs themselves let clicks through so the other handle stays reachable.
const THUMB =
  "pointer-events-none absolute inset-0 h-full w-full appearance-none bg-transparent " +
  "[&::-webkit-slider-thumb]:pointer-events-auto [&::-webkit-slider-thumb]:h-4 [&::-webkit-slider-thumb]:w-2.5 " +
  "[&::-webkit-slider-thumb]:cursor-ew-resize [&::-webkit-slider-thumb]:appearance-none [&::-webkit-slider-thumb]:rounded-sm " +
  "[&::-webkit-slider-thumb]:bg-accent [&::-moz-range-thumb]:pointer-events-auto [&::-moz-range-thumb]:h-4 " +
  "[&::-moz-range-thumb]:w-2.5 [&::-moz-range-thumb]:cursor-ew-resize [&::-moz-range-thumb]:rounded-sm " +
  "[&::-moz-range-thumb]:border-0 [&::-moz-range-thumb]:bg-accent focus-visible:outline-none " +
  "focus-visible:[&::-webkit-slider-thumb]:ring-2 focus-visible:[&::-webkit-slider-thumb]:ring-accent " +
  "focus-visible:[&::-webkit-slider-thumb]:ring-offset-1";

/**
 * A chart's time brush: the window of years shown, with a handle for each end. It is
 * controlled, so every chart's brush and the page's year selects move together.
 */
export function RangeBrush({ bounds, value, onChange, label }: RangeBrushProps) {
  const span = Math.max(bounds.to - bounds.from, 1);
  const from = Math.min(Math.max(value.from, bounds.from), bounds.to);
  const to = Math.max(Math.min(value.to, bounds.to), from);
  const left = ((from - bounds.from) / span) * 100;
  const right = ((bounds.to - to) / span) * 100;
  return (
    <div className="relative h-4" data-testid="range-brush">
      <div className="absolute inset-x-0 top-1/2 h-2.5 -translate-y-1/2 rounded-sm border border-line bg-canvas" />
      <div
        className="absolute top-1/2 h-2.5 -translate-y-1/2 bg-accent-soft"
        style={{ left: `${left}%`, right: `${right}%` }}
      />
      <input
        type="range"
        className={THUMB}
        min={bounds.from}
        max={bounds.to}
        step={1}
        value={from}
        aria-label={`Start year of ${label}`}
        aria-valuetext={String(from)}
        onChange={(event) => onChange({ from: Math.min(Number(event.target.value), to), to })}
      />
      <input
        type="range"
        className={THUMB}
        min={bounds.from}
        max={bounds.to}
        step={1}
        value={to}
        aria-label={`End year of ${label}`}
        aria-valuetext={String(to)}
        onChange={(event) => onChange({ from, to: Math.max(Number(event.target.value), from) })}
      />
    </div>
  );
}
