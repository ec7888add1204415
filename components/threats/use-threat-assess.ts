"use client";

import { updateThreat, type Threat, type ThreatChange } from "@/lib/collab";
import { useWorkspace } from "@/components/workspace/workspace-context";

/** Writes an assessment of `threat` as the signed-in author; null for viewers, who may not edit. */
export function useThreatAssess(threat: Threat): ((change: ThreatChange) => void) | null {
  const { session, author } = useWorkspace();
  if (!author) return null;
  return (change) => updateThreat(session.doc, threat.id, change, author);
}
