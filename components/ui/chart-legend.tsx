"use client";

import { isFlagged, type ChartLine } from "@/lib/domain/chart-data";
import { PointMarker } from "./chart-points";
import { lineColor, lineDash } from "./chart-style";

/** The line's colour, dash and marker, as drawn on the plot. */
function Swatch({ index }: { index: number }) {
  return (
    <svg aria-hidden="true" width="26" height="12" className="mt-[3px] shrink-0">
      <line
        x1="0"
        y1="6"
        x2="26"
        y2="6"
        stroke={lineColor(index)}
        strokeWidth="2.5"
        strokeDasharray={lineDash(index)}
      />
      <PointMarker style={index} x={13} y={6} flagged={false} />
    </svg>
  );
}

interface ChartLegendProps {
  lines: readonly ChartLine[];
  hidden: ReadonlySet<string>;
  /** Without it the legend is a plain key, as for a chart of one line. */
  onToggle?: (key: string) => void;
  /** Names the group of toggles for screen readers: "Lines of <chart>". */
  label: string;
}

/**
 * The key of a chart's lines. With `onToggle`, each entry is a toggle button (pressed = shown);
 * the last shown line cannot be hidden, so a chart never goes blank.
 */
export function ChartLegend({ lines, hidden, onToggle, label }: ChartLegendProps) {
  const flagged = lines.some((line) => line.points.some(isFlagged));
  const shown = lines.filter((line) => !hidden.has(line.key)).length;
  return (
    <ul aria-label={label} className="flex flex-wrap gap-x-3 gap-y-1 text-xs leading-snug">
      {lines.map((line, index) => {
        const visible = !hidden.has(line.key);
        const locked = visible && shown === 1;
        return (
          // Long source names wrap beside their swatch on a phone instead of squeezing it.
          <li key={line.key} className="flex max-w-full">
            {onToggle ? (
              <button
                type="button"
                aria-pressed={visible}
                aria-disabled={locked || undefined}
                title={locked ? "At least one line stays shown" : visible ? "Hide this line" : "Show this line"}
                onClick={() => !locked && onToggle(line.key)}
                className={`flex items-start gap-1.5 rounded px-1 py-0.5 text-left hover:bg-canvas ${visible ? "" : "text-muted line-through"} ${locked ? "cursor-default" : ""}`}
              >
                <Swatch index={line.styleIndex ?? index} />
                {line.label}
              </button>
            ) : (
              <span className="flex items-start gap-1.5 px-1 py-0.5">
                <Swatch index={line.styleIndex ?? index} />
                {line.label}
              </span>
            )}
          </li>
        );
      })}
      {flagged && (
        <li className="flex items-start gap-1.5 px-1 py-0.5 text-muted">
          <svg aria-hidden="true" width="12" height="12" className="mt-px shrink-0">
            <circle cx="6" cy="6" r="4.5" fill="white" stroke="currentColor" strokeWidth="1.5" />
          </svg>
          Hollow marker: preliminary, part-period, approximate or incomplete figure (see Figures)
        </li>
      )}
    </ul>
  );
}
