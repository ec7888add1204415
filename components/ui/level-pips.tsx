import { LEVEL_LABEL, type Level } from "@/lib/domain/scales";

const FILLED: Record<Level, number> = { high: 3, medium: 2, low: 1 };

const IMPACT_COLOR: Record<Level, string> = {
  high: "bg-level-high",
  medium: "bg-level-medium",
  low: "bg-level-low",
};

/**
 * A level drawn as filled pips (3/2/1) as well as a colour, so it reads without colour
 * vision; `tone="cost"` draws resource demand in grey, since it is not an impact.
 */
export function LevelPips({ level, tone = "impact" }: { level: Level; tone?: "impact" | "cost" }) {
  const filled = FILLED[level];
  const color = tone === "cost" ? "bg-muted" : IMPACT_COLOR[level];
  return (
    <span aria-hidden="true" className="inline-flex gap-0.5" title={LEVEL_LABEL[level]}>
      {[0, 1, 2].map((index) => (
        <span
          key={index}
          className={`h-2.5 w-1.5 rounded-[1px] ${index < filled ? color : "border border-line bg-surface"}`}
        />
      ))}
    </span>
  );
}
