"use client";

import type { PriorityArea, Threat } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { ThreatCard } from "./threat-card";
import { THREAT_COLUMNS, ThreatRow, type ThreatItemProps } from "./threat-row";

interface ThreatListProps {
  threats: Threat[];
  /** Threats in the workspace, before filtering. */
  total: number;
  areas: PriorityArea[];
  onEdit: ThreatItemProps["onEdit"];
  highlighted: string | null;
  onClearFilters: () => void;
}

export function ThreatList({ threats, total, areas, onEdit, highlighted, onClearFilters }: ThreatListProps) {
  if (total === 0) {
    return <p className="px-4 py-6 text-sm text-muted">No threats in this workspace yet.</p>;
  }
  if (threats.length === 0) {
    return (
      <div className="px-4 py-6 text-sm">
        <p>No threat matches these filters.</p>
        <Button className="mt-2" onClick={onClearFilters}>
          Clear filters
        </Button>
      </div>
    );
  }
  const item = (threat: Threat) => ({ threat, areas, onEdit, highlighted: threat.id === highlighted });
  return (
    <>
      {/* Both layouts are in the markup and CSS picks one: display:none (hidden) also takes the
          other out of the accessibility tree, so each control exists once for assistive technology. */}
      <ul aria-label="Threats" className="divide-y divide-line lg:hidden">
        {threats.map((threat) => (
          <ThreatCard key={threat.id} {...item(threat)} />
        ))}
      </ul>
      <div className="relative hidden overflow-x-auto lg:block">
        <table aria-label="Threats" className="w-full min-w-[1100px] border-collapse text-left text-sm">
          <thead>
            <tr className="border-b border-line text-xs text-muted">
              {THREAT_COLUMNS.map((column) => (
                <th key={column} scope="col" className="px-3 py-2 font-medium whitespace-nowrap">
                  {column}
                </th>
              ))}
              {onEdit && (
                <th scope="col" className="px-3 py-2 font-medium">
                  <span className="sr-only">Actions</span>
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {threats.map((threat) => (
              <ThreatRow key={threat.id} {...item(threat)} />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
