import type { Threat } from "@/lib/collab";
import { THREAT_CATEGORY_LABEL } from "@/lib/domain/scales";

export function CategoryBadge({ category }: { category: Threat["category"] }) {
  return (
    <span
      className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ${
        category === "us_priority" ? "bg-accent-soft text-accent" : "bg-level-low-soft text-warn"
      }`}
    >
      {THREAT_CATEGORY_LABEL[category]}
    </span>
  );
}
