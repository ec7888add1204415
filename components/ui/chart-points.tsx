"use client";

import type { DotItemDotProps } from "recharts";
import { isFlagged, type ChartLine, type ChartRow } from "@/lib/domain/chart-data";
import { lineColor, lineMarker, markerPath } from "./chart-style";

/** Lines this dense get no marker per point, only the flagged ones. */
const DOT_LIMIT = 36;

/** The line's marker at (x, y): filled, or hollow and larger for a flagged figure. */
export function PointMarker({ style, x, y, flagged }: { style: number; x: number; y: number; flagged: boolean }) {
  const color = lineColor(style);
  return (
    <path
      d={markerPath(lineMarker(style), x, y, flagged ? 4.5 : 3.5)}
      fill={flagged ? "white" : color}
      stroke={color}
      strokeWidth={flagged ? 2 : 1}
    />
  );
}

function styleOf(line: ChartLine, index: number): number {
  return line.styleIndex ?? index;
}

/** A point on a line: its marker (every point of a sparse line, flagged points of a dense one). */
export function renderLineDot(dot: DotItemDotProps, line: ChartLine, index: number) {
  const { cx, cy } = dot;
  const key = `${line.key}-${dot.index}`;
  const row = dot.payload as ChartRow;
  const point = row.points[line.key];
  if (cx == null || cy == null || row.values[line.key] == null || !point) return <g key={key} />;
  const flagged = isFlagged(point);
  if (!flagged && line.points.length > DOT_LIMIT) return <g key={key} />;
  return (
    <g key={key}>
      <PointMarker style={styleOf(line, index)} x={cx} y={cy} flagged={flagged} />
    </g>
  );
}

/** A part-period figure: its own hollow marker, labelled with the period it covers. */
export function renderAloneDot(dot: DotItemDotProps, line: ChartLine, index: number) {
  const { cx, cy } = dot;
  const key = `${line.key}-alone-${dot.index}`;
  const row = dot.payload as ChartRow;
  const point = row.points[line.key];
  if (cx == null || cy == null || row.alone[line.key] == null || !point) return <g key={key} />;
  const style = styleOf(line, index);
  // Labels of neighbouring lines' points alternate above and below their marker, on a white
  // halo, so two part-period points close together stay readable.
  const below = style % 2 === 0;
  return (
    <g key={key} data-alone-point={point.x}>
      <PointMarker style={style} x={cx} y={cy} flagged />
      <text
        x={cx}
        y={below ? cy + 17 : cy - 9}
        textAnchor="middle"
        fontSize={10}
        fontWeight={600}
        fill={lineColor(style)}
        stroke="white"
        strokeWidth={3}
        paintOrder="stroke"
      >
        {point.note ?? point.x}
      </text>
    </g>
  );
}
