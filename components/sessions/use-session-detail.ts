"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useMemo, useRef } from "react";
import type { PublishedSession } from "@/lib/contract/sessions";
import { sessionDetailQuery, sessionKeys, type SessionCaller } from "@/lib/client/session-api";
import { useLinkToken } from "@/lib/client/use-link-token";
import { useWorkspace } from "@/components/workspace/workspace-context";

/** The link token and participant of this page, for the session routes. */
export function useSessionCaller(): SessionCaller {
  const { workspaceId, session } = useWorkspace();
  const token = useLinkToken() ?? "";
  return useMemo(
    () => ({
      workspaceId,
      token,
      // Read when the call is made: the participant may be bound after this renders.
      get participantToken() {
        return session.participantToken();
      },
    }),
    [workspaceId, token, session],
  );
}

/**
 * The session as this person may see it (own answers, participants for the facilitator),
 * fetched again whenever the state the server publishes in the document changes: the document
 * pushes, so nothing polls. Others than the facilitator need it again only when the round moves.
 */
export function useSessionDetail(published: PublishedSession) {
  const caller = useSessionCaller();
  const { role } = useWorkspace();
  const client = useQueryClient();
  const query = useQuery(sessionDetailQuery(caller, published.id));
  const signal =
    role === "facilitator"
      ? `${published.updatedAt}`
      : // Eligibility moves when the facilitator excludes or admits someone: this person may be the one.
        `${published.status}:${published.round}:${published.eligible}:${published.targets.join(",")}`;
  // The first fetch needs no nudge; every later change of what the server published does.
  const seen = useRef(signal);
  useEffect(() => {
    if (seen.current === signal) return;
    seen.current = signal;
    void client.invalidateQueries({ queryKey: sessionKeys(caller.workspaceId).detail(published.id) });
  }, [client, caller.workspaceId, published.id, signal]);
  return query;
}

/** A facilitator's or participant's action on a session; the detail and list are fetched again after it. */
export function useSessionAction<A extends unknown[]>(
  sessionId: string,
  run: (caller: SessionCaller, sessionId: string, ...args: A) => Promise<unknown>,
) {
  const caller = useSessionCaller();
  const client = useQueryClient();
  return useMutation({
    mutationFn: (args: A) => run(caller, sessionId, ...args),
    onSettled: () => client.invalidateQueries({ queryKey: sessionKeys(caller.workspaceId).all }),
  });
}
