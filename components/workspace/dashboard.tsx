"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import type { CollabSession, ConnectionSnapshot } from "@/lib/client/collab-session";
import type { Identity } from "@/lib/client/identity";
import { publishPresence } from "@/lib/client/presence";
import { canEdit } from "@/lib/client/roles";
import { useWorkspaceSnapshot } from "@/lib/client/use-workspace-snapshot";
import type { WorkspaceInfo } from "@/lib/client/workspace-query";
import { MatrixScores } from "@/components/matrix/matrix-scores";
import { OptionMatrix } from "@/components/matrix/option-matrix";
import type { DashboardParts } from "@/components/present/dashboard-parts";
import { DeferredPresentMode } from "@/components/present/deferred-present-mode";
import { DeferredRevealBoard } from "@/components/present/deferred-reveal-board";
import { MatrixSlide } from "@/components/present/slides/matrix-slide";
import { ScoresSlide } from "@/components/present/slides/scores-slide";
import { DeferredReadingView } from "@/components/reading/deferred-reading-view";
import { DeferredThreatRegister } from "@/components/threats/deferred-threat-register";
import { DeferredCrimeTrends } from "@/components/trends/deferred-crime-trends";
import { ThreadDialogHost } from "@/components/threads/thread-dialog-host";
import { DeferredSessionHistory, DeferredSessionPanel } from "@/components/sessions/deferred-sessions";
import { ConnectionBadge } from "./connection-badge";
import { DashboardHeader } from "./dashboard-header";
import { WorkspaceProvider, type WorkspaceContextValue } from "./workspace-context";

const PRESENT_PARTS: DashboardParts = { MatrixSlide, ScoresSlide, RevealBoard: DeferredRevealBoard };

interface DashboardProps {
  session: CollabSession;
  connection: ConnectionSnapshot;
  info: WorkspaceInfo;
  identity: Identity;
  participantId: string;
}

export function Dashboard({ session, connection, info, identity, participantId }: DashboardProps) {
  const snapshot = useWorkspaceSnapshot(session);
  const context = useMemo<WorkspaceContextValue>(
    () => ({
      workspaceId: info.id,
      session,
      role: info.role,
      author: canEdit(info.role) ? { id: participantId, name: identity.name } : null,
    }),
    [info.id, session, info.role, participantId, identity.name],
  );

  useEffect(() => {
    publishPresence(session, { id: participantId, name: identity.name, color: identity.color, role: info.role });
  }, [session, participantId, identity.name, identity.color, info.role]);

  // The charts read only their annotations from the document, through their own subscription:
  // kept out of the re-render that every keystroke in a rationale causes here (redrawing them
  // took most of a half-second per key).
  const trends = useMemo(() => <DeferredCrimeTrends />, []);
  const register = (
    <DeferredThreatRegister threats={snapshot.threats} areas={snapshot.areas} threads={snapshot.threads} />
  );

  // Until the first sync the document is empty, and an empty matrix would read as "no ratings".
  const title = connection.everSynced ? snapshot.meta.title : info.title;
  useEffect(() => {
    document.title = `${title} · Mesa`;
  }, [title]);

  const [presenting, setPresenting] = usePresenting();
  if (presenting && connection.everSynced) {
    return (
      // Present mode is read-only for every role: the room watches, and a stray key must not rate.
      <WorkspaceProvider value={{ ...context, author: null, presenting: true }}>
        <DeferredPresentMode
          snapshot={snapshot}
          title={title}
          badge={<ConnectionBadge connection={connection} />}
          parts={PRESENT_PARTS}
          onExit={() => setPresenting(false)}
        />
        <ThreadDialogHost />
      </WorkspaceProvider>
    );
  }

  return (
    <WorkspaceProvider value={context}>
      <DashboardHeader
        title={title}
        connection={connection}
        identity={identity}
        onPresent={connection.everSynced ? () => setPresenting(true) : null}
      />
      <main className="mx-auto max-w-[1600px] space-y-6 px-3 py-4 sm:px-6">
        {/* A workspace the server will not open shows the header's message, not a spinner. */}
        {connection.everSynced && info.role === "viewer" ? (
          // Viewer links open the dashboard laid out for reading, or the decision on one page.
          <DeferredReadingView
            snapshot={snapshot}
            view={info.view ?? "full"}
            regions={{
              matrix: <OptionMatrix snapshot={snapshot} withScores={false} />,
              scores: <MatrixScores snapshot={snapshot} />,
              threats: register,
              trends,
              session: <DeferredSessionPanel snapshot={snapshot} />,
              history: <DeferredSessionHistory snapshot={snapshot} />,
            }}
          />
        ) : connection.everSynced ? (
          <>
            <DeferredSessionPanel snapshot={snapshot} />
            <OptionMatrix snapshot={snapshot} />
            {register}
            {trends}
            <DeferredSessionHistory snapshot={snapshot} />
          </>
        ) : connection.stopped ? null : (
          <div role="status" className="rounded-lg border border-line bg-surface p-6 text-sm text-muted">
            <span className="mr-2 inline-block size-3 animate-spin rounded-full border-2 border-accent border-t-transparent" />
            Loading the workspace…
          </div>
        )}
      </main>
      <ThreadDialogHost />
    </WorkspaceProvider>
  );
}

/** Whether present mode is on; leaving it puts focus back on the button that started it. */
function usePresenting() {
  const [presenting, setPresenting] = useState(false);
  const wasPresenting = useRef(false);
  useEffect(() => {
    if (presenting) wasPresenting.current = true;
    else if (wasPresenting.current) {
      wasPresenting.current = false;
      document.querySelector<HTMLElement>("[data-present-button]")?.focus();
    }
  }, [presenting]);
  return [presenting, setPresenting] as const;
}
