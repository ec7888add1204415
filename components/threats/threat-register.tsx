"use client";

import type { Threat } from "@/lib/collab";
import { ThreatCard } from "./threat-card";
import { ThreatRow } from "./threat-row";
import { Panel } from "@/components/ui/panel";

const COLUMNS = ["Threat", "Category", "Trend", "Likelihood", "Impact", "Actors", "Sources"];

export function ThreatRegister({ threats }: { threats: Threat[] }) {
  return (
    <Panel
      headingId="threats-heading"
      title="Threat register"
      description={
        "Category and trend as the brief gives them; likelihood and impact (1–5) start unrated for the team to assess."
      }
    >
      {threats.length === 0 ? (
        <p className="px-4 py-6 text-sm text-muted">No threats in this workspace yet.</p>
      ) : (
        <>
          {/* Both layouts are in the markup so the server render matches every screen; display:none
              (hidden) also takes the unused one out of the accessibility tree, so each control
              exists once for assistive technology. */}
          <ul aria-labelledby="threats-heading" className="divide-y divide-line lg:hidden">
            {threats.map((threat) => (
              <ThreatCard key={threat.id} threat={threat} />
            ))}
          </ul>
          <div className="relative hidden overflow-x-auto lg:block">
            <table aria-labelledby="threats-heading" className="w-full min-w-[960px] border-collapse text-left text-sm">
              <thead>
                <tr className="border-b border-line text-xs text-muted">
                  {COLUMNS.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2 font-medium">
                      {column}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {threats.map((threat) => (
                  <ThreatRow key={threat.id} threat={threat} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Panel>
  );
}
