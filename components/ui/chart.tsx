"use client";

import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { DotItemDotProps, TooltipContentProps } from "recharts";
import type { SeriesUnit } from "@/lib/domain/series";
import {
  chartRows,
  chartValues,
  flagText,
  formatAxisValue,
  formatValue,
  formatYearTick,
  isFlagged,
  niceTicks,
  type ChartLine,
  type ChartRow,
} from "@/lib/domain/chart-data";
import { LINE_DASHES, lineColor } from "./chart-style";

export type { ChartLine } from "@/lib/domain/chart-data";

interface TimeChartProps {
  lines: readonly ChartLine[];
  unit: SeriesUnit;
  yearly: boolean;
  /** Names the plot for screen readers, which get the numbers from the table below it. */
  label: string;
  height?: number;
}

/** Lines this dense get no dot per point, only the flagged ones. */
const DOT_LIMIT = 36;

function renderDot(dot: DotItemDotProps, line: ChartLine, color: string) {
  const { cx, cy, index } = dot;
  const key = `${line.key}-${index}`;
  const point = (dot.payload as ChartRow).points[line.key];
  if (cx == null || cy == null || point?.y == null) return <g key={key} />;
  // Preliminary and partial points: a hollow diamond, distinct in shape as well as colour.
  if (isFlagged(point)) {
    return (
      <path
        key={key}
        d={`M${cx},${cy - 6} L${cx + 6},${cy} L${cx},${cy + 6} L${cx - 6},${cy} Z`}
        fill="white"
        stroke={color}
        strokeWidth={2}
      />
    );
  }
  return line.points.length <= DOT_LIMIT ? <circle key={key} cx={cx} cy={cy} r={2.5} fill={color} /> : <g key={key} />;
}

function ChartTooltip({
  active,
  payload,
  lines,
  unit,
}: TooltipContentProps & { lines: readonly ChartLine[]; unit: SeriesUnit }) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const present = lines.filter((line) => row.points[line.key]);
  return (
    <div className="max-w-72 rounded-md border border-line bg-surface px-2.5 py-2 text-xs shadow-md">
      <p className="mb-1 font-semibold">{present[0] ? row.points[present[0].key]?.x : row.x}</p>
      <ul className="space-y-0.5">
        {present.map((line) => {
          const point = row.points[line.key];
          return (
            <li key={line.key}>
              <span className="font-medium">{line.label}:</span> {formatValue(point?.y, unit)}
              {point && isFlagged(point) && <span className="block text-warn">◇ {flagText(point)}</span>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The one Recharts wrapper: every chart in Mesa gets the same axes, colours, markers and tooltip. */
export function TimeChart({ lines, unit, yearly, label, height = 240 }: TimeChartProps) {
  const rows = chartRows(lines, yearly);
  const ticks = niceTicks(chartValues(lines));
  return (
    <div role="img" aria-label={label} style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={rows} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
          <XAxis
            dataKey="t"
            type="number"
            domain={["dataMin", "dataMax"]}
            allowDecimals={false}
            tickFormatter={formatYearTick}
            tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
            stroke="var(--chart-axis)"
          />
          <YAxis
            width={48}
            domain={[ticks[0] ?? 0, ticks.at(-1) ?? 1]}
            ticks={ticks}
            interval={0}
            tickFormatter={(value: number) => formatAxisValue(value, unit)}
            tick={{ fill: "var(--chart-axis)", fontSize: 11 }}
            stroke="var(--chart-axis)"
          />
          <Tooltip content={(props) => <ChartTooltip {...props} lines={lines} unit={unit} />} />
          {lines.map((line, index) => {
            const color = lineColor(index);
            return (
              <Line
                key={line.key}
                name={line.label}
                dataKey={(row: ChartRow) => row.values[line.key]}
                stroke={color}
                strokeWidth={2}
                strokeDasharray={LINE_DASHES[index] ?? ""}
                dot={(dot) => renderDot(dot, line, color)}
                activeDot={{ r: 4 }}
                isAnimationActive={false}
              />
            );
          })}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}

export function ChartLegend({ lines }: { lines: readonly ChartLine[] }) {
  const flagged = lines.some((line) => line.points.some(isFlagged));
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs leading-snug">
      {lines.map((line, index) => (
        // Long source names wrap beside their swatch on a phone instead of squeezing it.
        <li key={line.key} className="flex max-w-full items-start gap-1.5">
          <svg aria-hidden="true" width="18" height="8" className="mt-[5px] shrink-0">
            <line
              x1="0"
              y1="4"
              x2="18"
              y2="4"
              stroke={lineColor(index)}
              strokeWidth="2"
              strokeDasharray={LINE_DASHES[index]}
            />
          </svg>
          {line.label}
        </li>
      ))}
      {flagged && (
        <li className="flex items-start gap-1.5 text-muted">
          <svg aria-hidden="true" width="12" height="12" className="mt-px shrink-0">
            <path d="M6,1 L11,6 L6,11 L1,6 Z" fill="white" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          Preliminary or partial figure
        </li>
      )}
    </ul>
  );
}
