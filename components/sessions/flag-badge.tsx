import type { TargetResult } from "@/lib/contract/sessions";

/** Agreement, split, or neither; below the rule's minimum of answers, "too few answers". */
interface FlagBadgeProps {
  flag: TargetResult["flag"];
  n: number;
  minAnswers?: number;
  size?: "normal" | "small";
}

export function FlagBadge({ flag, n, minAnswers = 3, size = "normal" }: FlagBadgeProps) {
  const [text, tone] =
    flag === "agreement"
      ? ["Agreement", "border-ok/50 bg-[#e6f4ea] text-ok"]
      : flag === "split"
        ? ["Split", "border-danger/50 bg-danger-soft text-danger"]
        : n < minAnswers
          ? ["Too few answers", "border-line bg-canvas text-muted"]
          : ["No agreement", "border-warn/40 bg-level-low-soft text-warn"];
  return (
    <span
      data-testid="flag-badge"
      className={`shrink-0 rounded-full border font-semibold whitespace-nowrap ${
        size === "small" ? "px-1.5 text-[11px]" : "px-2.5 py-0.5 text-sm"
      } ${tone}`}
    >
      {text}
    </span>
  );
}
