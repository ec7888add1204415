import { expect } from "vitest";
import type { CreatedWorkspace } from "../../../lib/contract";

export type { CreatedWorkspace } from "../../../lib/contract";

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

/** Calls the API; `json` is sent as a JSON body, `raw` as-is with a JSON content type. */
export async function api(
  baseUrl: string,
  path: string,
  init: { method?: string; json?: unknown; raw?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<ApiResponse> {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token !== undefined) headers.authorization = `Bearer ${init.token}`;
  let body: string | undefined;
  if (init.json !== undefined || init.raw !== undefined) {
    headers["content-type"] = "application/json";
    body = init.raw ?? JSON.stringify(init.json);
  }
  const response = await fetch(`${baseUrl}${path}`, { method: init.method ?? (body ? "POST" : "GET"), headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

export async function createWorkspace(
  baseUrl: string,
  body: { title: string; template?: string } = { title: "Test workspace", template: "blank" },
): Promise<CreatedWorkspace> {
  const response = await api(baseUrl, "/api/workspaces", { json: body });
  expect(response.status).toBe(201);
  return response.body as CreatedWorkspace;
}

export interface TestParticipant {
  participantId: string;
  participantToken: string;
}

/** Registers a person under a link, as the page does before it writes. */
export async function registerParticipant(
  baseUrl: string,
  workspaceId: string,
  token: string,
  name = "Test analyst",
): Promise<TestParticipant> {
  const response = await api(baseUrl, `/api/workspaces/${workspaceId}/participants`, { token, json: { name } });
  expect(response.status).toBe(201);
  return response.body as TestParticipant;
}
