"use client";

import { useQuery, type UseQueryResult } from "@tanstack/react-query";
import { useEffect, useLayoutEffect, useRef } from "react";
import { identityEntry } from "@/lib/client/identity";
import type { CollabSession } from "@/lib/client/collab-session";
import { participantQuery, type Participant } from "@/lib/client/participant-query";
import { forgetParticipant } from "@/lib/client/participant-store";
import { rememberWorkspace } from "@/lib/client/recent-workspaces";
import { useCollabSession } from "@/lib/client/use-collab-session";
import { FAILURES_BEFORE_OFFLINE, useConnection } from "@/lib/client/use-connection";
import { useLocalEntry } from "@/lib/client/use-local-entry";
import { workspaceQuery } from "@/lib/client/workspace-query";
import { FullPageMessage } from "@/components/ui/full-page-message";
import { Dashboard } from "./dashboard";
import { LinkErrorPage } from "./link-error-page";
import { isLinkRejection, linkProblemFrom } from "./link-problem";
import { NameForm } from "./name-form";

/** How often a failing page re-checks its link, to tell "revoked" apart from "network down". */
const RECHECK_MS = 5000;

/**
 * The way into a workspace: check the link → ask for a name → register the participant →
 * connect. Each step shows its own state; a link the server rejects, at any time, ends in a
 * page that says what is wrong instead of a spinner.
 */
export function WorkspaceGate({ workspaceId, token }: { workspaceId: string; token: string }) {
  const identity = useLocalEntry(identityEntry, null);
  const info = useQuery(workspaceQuery(workspaceId, token));
  const rejected = isLinkRejection(info.error);
  const participant = useQuery({
    ...participantQuery(workspaceId, token, identity?.name ?? ""),
    enabled: Boolean(info.data && identity && !rejected),
  });
  // The socket needs only the link, so it connects while the participant is being registered.
  const session = useCollabSession(workspaceId, token, Boolean(info.data && identity && !rejected));
  const connection = useConnection(session);
  const failing = Boolean(connection && connection.failures >= FAILURES_BEFORE_OFFLINE);
  const stopped = connection?.stopped ?? false;

  // A browser cannot read why a socket upgrade failed, so ask the API about the link instead:
  // a revoked link or a deleted workspace then shows its own page. While attempts keep
  // failing, ask again every RECHECK_MS; after a final close, once. Reconnecting is the
  // session's business (jittered backoff; never after a final close).
  const { refetch } = info;
  useEffect(() => {
    if (!session || !(failing || stopped)) return undefined;
    void refetch();
    if (!failing) return undefined;
    const timer = setInterval(() => void refetch(), RECHECK_MS);
    return () => clearInterval(timer);
  }, [failing, stopped, refetch, session]);

  useParticipantBinding(session, workspaceId, participant);

  const workspace = info.data;
  useEffect(() => {
    if (!workspace) return;
    rememberWorkspace({
      id: workspace.id,
      title: workspace.title,
      role: workspace.role,
      links: { [workspace.role]: window.location.href },
      lastOpenedAt: Date.now(),
    });
  }, [workspace]);

  if (rejected || (info.isError && !workspace)) {
    const problem = linkProblemFrom(info.error);
    if (problem) return <LinkErrorPage problem={problem} onRetry={() => void refetch()} />;
  }
  if (!workspace) return <FullPageMessage busy title="Checking your link…" />;
  if (!identity) return <NameForm workspaceTitle={workspace.title} />;
  if (participant.isError) {
    const problem = linkProblemFrom(participant.error);
    if (problem) return <LinkErrorPage problem={problem} onRetry={() => void participant.refetch()} />;
  }
  if (!participant.data || !session || !connection) return <FullPageMessage busy title="Joining the workspace…" />;
  return (
    <Dashboard
      session={session}
      connection={connection}
      info={workspace}
      identity={identity}
      participantId={participant.data.participantId}
    />
  );
}

/**
 * Binds the socket to the participant as soon as the page knows it (a first visit's socket
 * opened before registration finished). When the server refuses the participant (close 4401:
 * another secret, another link), the participant query runs again: its check of the stored
 * participant answers 401 and it registers a new one (or it finds the one it registered
 * meanwhile still good), and the socket reconnects with that. The same participant refused
 * twice is forgotten outright, so a check that disagrees with the socket cannot loop.
 */
function useParticipantBinding(
  session: CollabSession | null,
  workspaceId: string,
  participant: UseQueryResult<Participant, unknown>,
) {
  const participantToken = participant.data?.participantToken;
  // A layout effect runs before the dashboard's effects: the server drops presence and writes
  // from an unbound socket, so the bind message must go out before the first of them.
  useLayoutEffect(() => {
    if (session && participantToken) session.bindParticipant(participantToken);
  }, [session, participantToken]);

  const refused = useConnection(session)?.participantRefused ?? false;
  const { refetch } = participant;
  const refusedBefore = useRef<string | null>(null);
  useEffect(() => {
    if (!refused || !session) return;
    const token = session.participantToken();
    if (token !== null && token === refusedBefore.current) forgetParticipant(workspaceId);
    refusedBefore.current = token;
    void refetch().then((result) => {
      if (result.data) session.rejoin(result.data.participantToken);
    });
  }, [refused, session, workspaceId, refetch]);
}
