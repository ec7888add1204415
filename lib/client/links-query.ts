import { queryOptions } from "@tanstack/react-query";
import {
  createdLinkSchema,
  linkListSchema,
  linkTokenSchema,
  type CreatedLink,
  type LinkToken,
  type LinkView,
  type ShareableRole,
} from "@/lib/contract/links";
import * as z from "../zod";
import { apiRequest, shouldRetry } from "./api";

/** While the Share dialog is open its list refreshes this often: open sockets and last use move on their own. */
const REFRESH_MS = 5_000;

function linksPath(workspaceId: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/links`;
}

/** Every link of the workspace (facilitators only). */
export function linksQuery(workspaceId: string, token: string) {
  return queryOptions({
    queryKey: ["links", workspaceId, token] as const,
    queryFn: ({ signal }) => apiRequest(linksPath(workspaceId), linkListSchema, { token, signal }),
    retry: shouldRetry,
    refetchInterval: REFRESH_MS,
    // Rotating the page's own link changes the token in this key: the list stays on screen
    // (and each row keeps its state) while the new key's first answer arrives.
    placeholderData: (previous) => previous,
  });
}

export interface NewLinkInput {
  role: ShareableRole;
  label: string;
  /** ISO 8601; absent: never expires. */
  expiresAt?: string;
  view?: LinkView;
}

export function createLinkRequest(workspaceId: string, token: string, input: NewLinkInput): Promise<CreatedLink> {
  return apiRequest(linksPath(workspaceId), createdLinkSchema, { method: "POST", token, body: input });
}

export function linkTokenRequest(workspaceId: string, token: string, linkId: string): Promise<LinkToken> {
  return apiRequest(`${linksPath(workspaceId)}/${encodeURIComponent(linkId)}/token`, linkTokenSchema, { token });
}

export function rotateLinkRequest(workspaceId: string, token: string, linkId: string): Promise<LinkToken> {
  return apiRequest(`${linksPath(workspaceId)}/${encodeURIComponent(linkId)}/rotate`, linkTokenSchema, {
    method: "POST",
    token,
  });
}

/** 204 answers carry no body. */
const noContent = z.unknown();

export async function revokeLinkRequest(workspaceId: string, token: string, linkId: string): Promise<void> {
  await apiRequest(`${linksPath(workspaceId)}/${encodeURIComponent(linkId)}`, noContent, { method: "DELETE", token });
}

export async function removeParticipantRequest(
  workspaceId: string,
  token: string,
  participantId: string,
  ownParticipantToken?: string,
): Promise<void> {
  const path = `/api/workspaces/${encodeURIComponent(workspaceId)}/participants/${encodeURIComponent(participantId)}`;
  await apiRequest(path, noContent, { method: "DELETE", token, participantToken: ownParticipantToken });
}
