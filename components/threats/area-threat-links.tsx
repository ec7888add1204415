"use client";

import type { Threat } from "@/lib/collab";
import { revealThreat } from "./reveal-threat";

interface AreaThreatLinksProps {
  areaId: string;
  threats: Threat[];
}

/**
 * The register's threats that bear on one matrix priority area: the other side of the links
 * set in the threat editor, shown with the area's details. Each name goes to its threat in the
 * register, clearing any filter that hides it.
 */
export function AreaThreatLinks({ areaId, threats }: AreaThreatLinksProps) {
  const linked = threats.filter((threat) => threat.areaIds.includes(areaId));
  return (
    <p className="mb-3 text-xs text-muted" data-testid="area-threats">
      {linked.length === 0 ? (
        "No threat in the register is linked to this area yet."
      ) : (
        <>
          {linked.length} threat{linked.length === 1 ? "" : "s"} in the register bear{linked.length === 1 ? "s" : ""} on
          it:{" "}
          {linked.map((threat, index) => (
            <span key={threat.id}>
              {index > 0 && ", "}
              <button
                type="button"
                onClick={() => revealThreat(threat.id)}
                aria-label={`${threat.name}: go to the threat in the register`}
                className="text-accent underline underline-offset-2 hover:no-underline"
              >
                {threat.name}
              </button>
            </span>
          ))}
        </>
      )}
    </p>
  );
}
