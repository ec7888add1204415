import type { SessionTarget, TargetResult } from "@/lib/contract/sessions";
import { medianText, scaleValues, valueText } from "./target-text";

const LEVEL_FILL: Record<string, string> = {
  high: "bg-level-high",
  medium: "bg-level-medium",
  low: "bg-level-low",
};

interface DistributionBarProps {
  target: SessionTarget;
  result: TargetResult;
  /** "large" for the reveal board on a projector; "small" inside a details panel. */
  size?: "large" | "small";
  /** The value recorded from this target, marked under its column. */
  recorded?: string | number;
}

/** Position (1-based, possibly between two values) as a share of the width of the scale. */
function at(position: number, values: number): string {
  return `${((position - 0.5) / values) * 100}%`;
}

/**
 * Count per value along the scale, lowest left, with the interquartile range shaded behind the
 * columns and the median as a marker on the axis: where the panel stands and how wide it is, at a glance.
 */
export function DistributionBar({ target, result, size = "large", recorded }: DistributionBarProps) {
  const values = scaleValues(target);
  const max = Math.max(1, ...values.map((value) => result.counts[String(value)] ?? 0));
  const height = size === "large" ? "h-24" : "h-12";
  const summary = values.map((value) => `${valueText(value)}: ${result.counts[String(value)] ?? 0}`).join(", ");
  return (
    <figure className="m-0">
      <figcaption className="sr-only">
        Distribution: {summary}. Median {medianText(target, result)}.
      </figcaption>
      <div aria-hidden="true" className={`relative ${height}`}>
        {result.q1 !== null && result.q3 !== null && (
          <div
            className="absolute inset-y-0 rounded bg-accent-soft"
            style={{
              left: at(result.q1 - 0.4, values.length),
              right: `calc(100% - ${at(result.q3 + 0.4, values.length)})`,
            }}
          />
        )}
        <div className="relative flex h-full items-end gap-1.5 px-0.5">
          {values.map((value) => {
            const count = result.counts[String(value)] ?? 0;
            return (
              <div key={value} className="flex h-full flex-1 flex-col items-center justify-end">
                <span className={`font-semibold tabular-nums ${size === "large" ? "text-lg leading-6" : "text-xs"}`}>
                  {count}
                </span>
                <div
                  className={`w-full rounded-t ${LEVEL_FILL[String(value)] ?? "bg-accent"} ${count === 0 ? "opacity-0" : ""}`}
                  style={{ height: `${(count / max) * 70}%` }}
                />
              </div>
            );
          })}
        </div>
      </div>
      <div aria-hidden="true" className="flex gap-1.5 border-t border-ink/60 px-0.5 pt-0.5">
        {values.map((value) => (
          <span
            key={value}
            className={`flex-1 text-center ${size === "large" ? "text-base" : "text-[11px]"} ${
              recorded === value ? "font-bold text-accent underline underline-offset-2" : "text-muted"
            }`}
          >
            {valueText(value)}
          </span>
        ))}
      </div>
      {result.median !== null && (
        <div aria-hidden="true" className={`relative ${size === "large" ? "h-3.5" : "h-2"}`}>
          <span
            data-testid="median-marker"
            className={`absolute top-0 size-0 border-x-transparent border-b-ink ${
              size === "large" ? "border-x-[9px] border-b-[12px]" : "border-x-[5px] border-b-[7px]"
            }`}
            style={{ left: at(result.median, values.length), transform: "translate(-50%, 0)" }}
          />
        </div>
      )}
    </figure>
  );
}
