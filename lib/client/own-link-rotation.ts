import type { QueryClient } from "@tanstack/react-query";
import type { LinkToken } from "@/lib/contract/links";
import { storedParticipant } from "./participant-store";
import { rememberWorkspace } from "./recent-workspaces";
import { rekeySession, currentSession, sessionKey } from "./session-registry";
import { workspaceQuery } from "./workspace-query";

/** Puts a new link token in the address (replacing the old entry) and tells `useLinkToken`. */
export function replaceLinkToken(token: string): void {
  const url = new URL(window.location.href);
  url.hash = `token=${token}`;
  window.history.replaceState(window.history.state, "", url);
  window.dispatchEvent(new HashChangeEvent("hashchange"));
}

/**
 * Rotates the link this page itself uses, without a reload: the socket is closed on purpose
 * first (the server closes the old token's sockets with 4403, which would otherwise read as
 * "this link no longer works"), the page's cached answers are carried over to the new token
 * (the link id, and so the participant, stay the same), then the address and the socket
 * switch to it. If the rotation fails the socket reconnects with the old token.
 */
export async function rotateOwnLink(options: {
  queryClient: QueryClient;
  workspaceId: string;
  token: string;
  /** The participant query's key for a token (it also holds the person's name). */
  participantKey: (token: string) => readonly unknown[];
  rotate: () => Promise<LinkToken>;
}): Promise<LinkToken> {
  const { queryClient, workspaceId, token } = options;
  const session = currentSession(sessionKey(workspaceId, token));
  session?.suspend();
  let rotated: LinkToken;
  try {
    rotated = await options.rotate();
  } catch (error) {
    session?.retryNow();
    throw error;
  }
  const info = queryClient.getQueryData(workspaceQuery(workspaceId, token).queryKey);
  if (info) queryClient.setQueryData(workspaceQuery(workspaceId, rotated.token).queryKey, info);
  const participant = storedParticipant(workspaceId);
  if (participant) queryClient.setQueryData(options.participantKey(rotated.token), participant);
  rekeySession(workspaceId, token, rotated.token);
  replaceLinkToken(rotated.token);
  if (info) {
    rememberWorkspace({
      id: workspaceId,
      title: info.title,
      role: info.role,
      links: { [info.role]: window.location.href },
      lastOpenedAt: Date.now(),
    });
  }
  return rotated;
}
