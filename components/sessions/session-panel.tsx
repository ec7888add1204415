"use client";

import { useState } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import { activeSession, usePublishedSessions, useRecordedOutcomes } from "@/lib/client/use-published-sessions";
import { Button } from "@/components/ui/button";
import { Panel } from "@/components/ui/panel";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { ActiveSession } from "./active-session";
import { StartSessionDialog } from "./start-session-dialog";

/**
 * The live rating session: the facilitator starts and runs it here, analysts answer here, and
 * viewers follow its progress and results. Absent for others while no session runs.
 */
export function SessionPanel({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const { session, role } = useWorkspace();
  const sessions = usePublishedSessions(session);
  const outcomes = useRecordedOutcomes(session);
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [starting, setStarting] = useState(false);
  const active = activeSession(sessions);
  if (!active && role !== "facilitator") return null;
  const status = active
    ? active.status === "open"
      ? `Round ${active.round} open: answers stay hidden until it closes.`
      : `Round ${active.round} closed: results revealed.`
    : "Blind rounds on matrix cells and threats, then reveal and record.";
  return (
    <Panel
      headingId="session-heading"
      title={active ? `Rating session: ${active.title}` : "Rating session"}
      description={status}
    >
      <div className="p-4">
        {active ? (
          <ActiveSession published={active} snapshot={snapshot} outcomes={outcomes} />
        ) : (
          <div className="flex flex-wrap items-center gap-3">
            <Button
              variant="primary"
              onClick={(event) => {
                setOpener(event.currentTarget);
                setStarting(true);
              }}
            >
              Start rating session
            </Button>
            <p className="text-sm text-muted">
              Everyone rates on their own screen; nobody sees an answer until you close the round.
            </p>
          </div>
        )}
      </div>
      {starting && <StartSessionDialog snapshot={snapshot} opener={opener} onClose={() => setStarting(false)} />}
    </Panel>
  );
}
