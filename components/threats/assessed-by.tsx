import type { Threat } from "@/lib/collab";

export function AssessedBy({ threat }: { threat: Threat }) {
  if (!threat.updatedBy) return null;
  return (
    <span className="mt-1 block text-[11px] text-muted" title={new Date(threat.updatedBy.at).toLocaleString()}>
      Assessed by {threat.updatedBy.byName}
    </span>
  );
}
