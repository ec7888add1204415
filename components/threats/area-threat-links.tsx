"use client";

import type { Threat } from "@/lib/collab";
import { revealThreat } from "./reveal-threat";

interface AreaThreatLinksProps {
  areaId: string;
  threats: Threat[];
}

/**
 * The register's threats that bear on one matrix priority area, for the area's header: the
 * other side of the links set in the threat editor. Each name goes to its threat in the
 * register, clearing any filter that hides it. Nothing is shown for an area with no links.
 */
export function AreaThreatLinks({ areaId, threats }: AreaThreatLinksProps) {
  const linked = threats.filter((threat) => threat.areaIds.includes(areaId));
  if (linked.length === 0) return null;
  return (
    <p className="mt-0.5 text-[11px] leading-snug font-normal text-muted" data-area-threats={areaId}>
      {linked.length} threat{linked.length === 1 ? "" : "s"}:{" "}
      {linked.map((threat, index) => (
        <span key={threat.id}>
          {index > 0 && ", "}
          <button
            type="button"
            onClick={(event) => {
              // The area header may be a grid cell that opens on click.
              event.stopPropagation();
              revealThreat(threat.id);
            }}
            onKeyDown={(event) => {
              if (event.key === "Enter" || event.key === " ") event.stopPropagation();
            }}
            aria-label={`${threat.name}: go to the threat in the register`}
            className="text-accent underline underline-offset-2 hover:no-underline"
          >
            {threat.name}
          </button>
        </span>
      ))}
    </p>
  );
}
