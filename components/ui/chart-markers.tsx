"use client";

import { ReferenceArea, ReferenceLine } from "recharts";
import { MARKER_STYLE } from "./chart-style";

/**
 * A reference on the time axis: a vertical line at `at`, or a shaded band from `at` to `to`.
 * Context events use it today; analyst annotations and the keyboard cursor use the same shape.
 */
export interface ChartMarker {
  id: string;
  /** A few words drawn on the chart; the full text belongs in the marker key beside it. */
  label: string;
  at: number;
  to?: number;
  tone?: keyof typeof MARKER_STYLE;
}

interface LabelViewBox {
  x?: number;
  y?: number;
}

/** Labels stack one row per marker above the plot, so they never cover a line or each other. */
export const MARKER_ROW_HEIGHT = 12;

interface MarkerLabelProps {
  text: string;
  /** Rows counted up from the plot's top edge. */
  row: number;
  anchorEnd: boolean;
  color: string;
  /** Set by Recharts when it clones the label into place. */
  viewBox?: LabelViewBox;
}

function MarkerLabel({ text, row, anchorEnd, color, viewBox }: MarkerLabelProps) {
  const x = viewBox?.x ?? 0;
  return (
    <text
      x={anchorEnd ? x - 4 : x + 4}
      y={(viewBox?.y ?? 0) - 3 - row * MARKER_ROW_HEIGHT}
      textAnchor={anchorEnd ? "end" : "start"}
      fontSize={10}
      fontWeight={600}
      fill={color}
    >
      {text}
    </text>
  );
}

export function markersWithin(markers: readonly ChartMarker[], min: number, max: number): ChartMarker[] {
  return markers.filter((marker) => marker.at <= max && (marker.to ?? marker.at) >= min);
}

/** Recharts reference elements for markers already narrowed to [min, max]; the last one sits lowest. */
export function renderMarkers(inside: readonly ChartMarker[], min: number, max: number) {
  return inside.map((marker, index) => {
    const row = inside.length - 1 - index;
    const style = MARKER_STYLE[marker.tone ?? "context"];
    const start = Math.max(marker.at, min);
    // Labels right of the middle read leftwards so they stay inside the plot.
    const anchorEnd = max > min && (start - min) / (max - min) > 0.55;
    const label = <MarkerLabel text={marker.label} row={row} anchorEnd={anchorEnd} color={style.stroke} />;
    return marker.to === undefined ? (
      <ReferenceLine
        key={marker.id}
        x={marker.at}
        stroke={style.stroke}
        strokeDasharray="4 3"
        strokeWidth={1.5}
        label={label}
        ifOverflow="hidden"
      />
    ) : (
      <ReferenceArea
        key={marker.id}
        x1={start}
        x2={Math.min(marker.to, max)}
        fill={style.fill}
        fillOpacity={0.18}
        stroke="none"
        label={label}
        ifOverflow="hidden"
      />
    );
  });
}
