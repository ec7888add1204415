import { expect } from "vitest";
import type { CreatedLink, LinkList, LinkToken } from "../../../lib/contract";
import { api } from "./api";

/** Creates a link through the API as the facilitator would; fails the test unless it answers 201. */
export async function createLink(
  baseUrl: string,
  workspaceId: string,
  facilitatorToken: string,
  body: { role: "analyst" | "viewer"; label: string; expiresAt?: string; view?: "full" | "summary" },
): Promise<CreatedLink> {
  const response = await api(baseUrl, `/api/workspaces/${workspaceId}/links`, { token: facilitatorToken, json: body });
  expect(response.status).toBe(201);
  return response.body as CreatedLink;
}

export async function listLinks(baseUrl: string, workspaceId: string, facilitatorToken: string): Promise<LinkList> {
  const response = await api(baseUrl, `/api/workspaces/${workspaceId}/links`, { token: facilitatorToken });
  expect(response.status).toBe(200);
  return response.body as LinkList;
}

export async function revokeLink(baseUrl: string, workspaceId: string, token: string, linkId: string): Promise<void> {
  const response = await api(baseUrl, `/api/workspaces/${workspaceId}/links/${linkId}`, { method: "DELETE", token });
  expect(response.status).toBe(204);
}

export async function rotateLink(
  baseUrl: string,
  workspaceId: string,
  token: string,
  linkId: string,
): Promise<LinkToken> {
  const response = await api(baseUrl, `/api/workspaces/${workspaceId}/links/${linkId}/rotate`, {
    method: "POST",
    token,
  });
  expect(response.status).toBe(201);
  return response.body as LinkToken;
}

export async function removeParticipant(
  baseUrl: string,
  workspaceId: string,
  token: string,
  participantId: string,
): Promise<void> {
  const response = await api(baseUrl, `/api/workspaces/${workspaceId}/participants/${participantId}`, {
    method: "DELETE",
    token,
  });
  expect(response.status).toBe(204);
}
