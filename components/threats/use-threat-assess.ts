"use client";

import { assessThreat, type Threat, type ThreatAssessment } from "@/lib/collab";
import { useWorkspace } from "@/components/workspace/workspace-context";

/** Writes an assessment of `threat` as the signed-in author; null for viewers, who may not edit. */
export function useThreatAssess(threat: Threat): ((change: ThreatAssessment) => void) | null {
  const { session, author } = useWorkspace();
  if (!author) return null;
  return (change) => assessThreat(session.doc, threat.id, change, author);
}
