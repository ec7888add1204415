"use client";

import type { TooltipContentProps } from "recharts";
import { pointStatus, type ChartLine, type ChartRow } from "@/lib/domain/chart-data";
import { formatCitation } from "@/lib/domain/citations";

interface ChartTooltipProps extends TooltipContentProps {
  lines: readonly ChartLine[];
  hidden: ReadonlySet<string>;
  format: (value: number | null | undefined) => string;
}

/** Value, status and source of every shown line at the hovered period. */
export function ChartTooltip({ active, payload, lines, hidden, format }: ChartTooltipProps) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const present = lines.filter((line) => !hidden.has(line.key) && row.points[line.key]);
  if (present.length === 0) return null;
  return (
    <div className="max-w-80 rounded-md border border-line bg-surface px-2.5 py-2 text-xs shadow-md">
      <p className="mb-1 font-semibold">{row.points[present[0]?.key ?? ""]?.x ?? row.x}</p>
      <ul className="space-y-1.5">
        {present.map((line) => {
          const point = row.points[line.key];
          if (!point) return null;
          const status = pointStatus(point);
          const source = point.source ?? line.source;
          return (
            <li key={line.key}>
              <span className="font-medium">{line.label}:</span> <span className="tabular-nums">{format(point.y)}</span>{" "}
              <span className={status === "definitive" ? "text-muted" : "font-medium text-warn"}>
                ({status === "definitive" ? status : `◇ ${status}`})
              </span>
              {point.note && <span className="block text-muted">{point.note}</span>}
              {source && (
                <span className="line-clamp-2 block text-[11px] text-muted">Source: {formatCitation(source).text}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
