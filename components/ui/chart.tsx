"use client";

import type { Ref } from "react";
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesUnit } from "@/lib/domain/series";
import type { ValueScale } from "@/lib/domain/chart-view";
import {
  chartRows,
  formatAxisValue,
  formatValue,
  formatYearTick,
  niceTicks,
  yearTicks,
  type ChartLine,
  type ChartRow,
} from "@/lib/domain/chart-data";
import { inRange, logTicks, yearBounds, type YearRange } from "@/lib/domain/series-transforms";
import { ChartTooltip } from "./chart-tooltip";
import { MARKER_ROW_HEIGHT, markersWithin, renderMarkers, type ChartMarker } from "./chart-markers";
import { renderAloneDot, renderLineDot } from "./chart-points";
import { lineColor, lineDash } from "./chart-style";
import { RangeBrush } from "./range-brush";
import { useChartCursor, type ChartSelectHandlers } from "./use-chart-cursor";

export type { ChartLine } from "@/lib/domain/chart-data";
export type { ChartMarker } from "./chart-markers";
export type { ChartSelectHandlers } from "./use-chart-cursor";

export interface TimeChartProps extends ChartSelectHandlers {
  lines: readonly ChartLine[];
  unit: SeriesUnit;
  yearly: boolean;
  /** Names the plot for screen readers, which get the numbers from the table beside it. */
  label: string;
  /** Id of the text that summarises the plot. */
  describedBy?: string;
  scale?: ValueScale;
  /** Whole years shown; null or absent shows the chart's whole span. */
  range?: YearRange | null;
  /** Given, the chart gets a brush under the plot that moves the range. */
  onRangeChange?: (range: YearRange) => void;
  hidden?: ReadonlySet<string>;
  markers?: readonly ChartMarker[];
  /** Overrides how values read in the tooltip and on the axis (e.g. index points). */
  formatValue?: (value: number | null | undefined) => string;
  formatAxis?: (value: number) => string;
  height?: number;
  /** The plot's box, for exporting its SVG. */
  plotRef?: Ref<HTMLDivElement>;
}

const NO_LINES_HIDDEN: ReadonlySet<string> = new Set();
/** The plot area's inset from the box: the value axis on the left, the margin on the right. */
const Y_AXIS_WIDTH = 48;
const RIGHT_MARGIN = 12;

/** Indexes of the first and last row inside the range (the whole chart without one). */
function rangeIndexes(rows: readonly ChartRow[], range: YearRange | null | undefined): [number, number] {
  if (!range) return [0, rows.length - 1];
  const start = rows.findIndex((row) => inRange(row.t, range));
  const end = rows.findLastIndex((row) => inRange(row.t, range));
  return start === -1 ? [0, rows.length - 1] : [start, end];
}

/** The one Recharts wrapper: every chart in Mesa gets the same axes, colours, markers and tooltip. */
export function TimeChart(props: TimeChartProps) {
  const { lines, unit, yearly, label, describedBy, scale = "linear", range, onRangeChange } = props;
  const { hidden = NO_LINES_HIDDEN, markers = [], height = 240, plotRef } = props;
  const format = props.formatValue ?? ((value: number | null | undefined) => formatValue(value, unit));
  const formatAxis = props.formatAxis ?? ((value: number) => formatAxisValue(value, unit));
  const rows = chartRows(lines, yearly);
  const [start, end] = rangeIndexes(rows, range);
  const first = rows[start]?.t ?? 0;
  const last = rows[end]?.t ?? 1;
  const domain: [number, number] = first === last ? [first - 0.5, last + 0.5] : [first, last];
  const shown = lines.filter((line) => !hidden.has(line.key));
  const values = rows
    .slice(start, end + 1)
    .flatMap((row) => shown.flatMap((line) => [row.values[line.key], row.alone[line.key]]))
    .filter((value): value is number => value != null);
  const ticks = scale === "log" ? logTicks(values) : niceTicks(values);
  const cursor = useChartCursor(rows.slice(start, end + 1), props);
  const xTicks = yearTicks(domain[0], domain[1]);
  const bounds = yearBounds(rows);
  const cursorRow = cursor.cursor === undefined ? undefined : rows[start + cursor.cursor];
  const anchorRow = cursor.anchor === undefined ? undefined : rows[start + cursor.anchor];
  const cursorMarkers: ChartMarker[] = cursorRow
    ? [
        anchorRow && anchorRow !== cursorRow
          ? {
              id: "cursor",
              label: `${anchorRow.x} – ${cursorRow.x}`,
              at: Math.min(anchorRow.t, cursorRow.t),
              to: Math.max(anchorRow.t, cursorRow.t),
              tone: "selection",
            }
          : { id: "cursor", label: cursorRow.x, at: cursorRow.t, tone: "selection" },
      ]
    : [];
  const shownMarkers = markersWithin([...markers, ...cursorMarkers], domain[0], domain[1]);

  const interactive = cursor.enabled;
  // A plot with controls in it (brush handles, a cursor) is a group: an image hides its children.
  return (
    <div
      ref={plotRef}
      data-chart-plot
      role={interactive || onRangeChange ? "group" : "img"}
      aria-label={
        interactive
          ? `${label}. Arrow keys move between periods, Enter selects one; hold Shift to select a span.`
          : label
      }
      aria-describedby={describedBy}
      tabIndex={interactive ? 0 : undefined}
      onKeyDown={cursor.onKeyDown}
      className="rounded-sm"
    >
      {interactive && (
        <p aria-live="polite" className="sr-only">
          {cursorRow
            ? `${cursorRow.x}: ${shown.map((line) => `${line.label} ${format(cursorRow.points[line.key]?.y)}`).join("; ")}`
            : ""}
        </p>
      )}
      <div style={{ height: height + shownMarkers.length * MARKER_ROW_HEIGHT }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart
            data={rows.slice(start, end + 1)}
            margin={{ top: 8 + shownMarkers.length * MARKER_ROW_HEIGHT, right: RIGHT_MARGIN, bottom: 0, left: 0 }}
            accessibilityLayer={false}
            onMouseDown={cursor.onMouseDown}
            onMouseUp={cursor.onMouseUp}
          >
            <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
            <XAxis
              dataKey="t"
              type="number"
              domain={domain}
              padding={{ left: 8, right: 8 }}
              ticks={xTicks}
              tickFormatter={formatYearTick}
              tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
              stroke="var(--chart-axis)"
            />
            <YAxis
              width={Y_AXIS_WIDTH}
              scale={scale === "log" ? "log" : "linear"}
              domain={[ticks[0] ?? 0, ticks.at(-1) ?? 1]}
              allowDataOverflow
              ticks={ticks}
              interval={0}
              tickFormatter={formatAxis}
              tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
              stroke="var(--chart-axis)"
            />
            <Tooltip content={(tip) => <ChartTooltip {...tip} lines={lines} hidden={hidden} format={format} />} />
            {renderMarkers(shownMarkers, domain[0], domain[1])}
            {lines.map((line, index) => {
              const style = line.styleIndex ?? index;
              return (
                <Line
                  key={line.key}
                  name={line.label}
                  hide={hidden.has(line.key)}
                  dataKey={(row: ChartRow) => row.values[line.key]}
                  stroke={lineColor(style)}
                  strokeWidth={2}
                  strokeDasharray={lineDash(style)}
                  dot={(dot) => renderLineDot(dot, line, index)}
                  activeDot={{ r: 4 }}
                  isAnimationActive={false}
                />
              );
            })}
            {/* Part-period figures: marked points with their period, never joined by a line. */}
            {lines
              .filter((line) => rows.some((row) => row.alone[line.key] != null))
              .map((line) => (
                <Line
                  key={`${line.key}-alone`}
                  name={`${line.label} (part period)`}
                  legendType="none"
                  hide={hidden.has(line.key)}
                  dataKey={(row: ChartRow) => row.alone[line.key]}
                  stroke="none"
                  dot={(dot) => renderAloneDot(dot, line, lines.indexOf(line))}
                  activeDot={false}
                  isAnimationActive={false}
                />
              ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {onRangeChange && bounds && bounds.from < bounds.to && (
        <div className="mt-1" style={{ marginLeft: Y_AXIS_WIDTH, marginRight: RIGHT_MARGIN }}>
          <RangeBrush bounds={bounds} value={range ?? bounds} onChange={onRangeChange} label={label} />
        </div>
      )}
    </div>
  );
}
