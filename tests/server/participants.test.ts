import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";

describe("participants", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
    workspace = await createWorkspace(server.url);
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  async function register(token: string, name: string): Promise<{ participantId: string; participantToken: string }> {
    const response = await api(server.url, `/api/workspaces/${workspace.id}/participants`, { token, json: { name } });
    expect(response.status).toBe(201);
    return response.body as { participantId: string; participantToken: string };
  }

  it("registers a participant bound to its link and recognises it", async () => {
    const { participantId, participantToken } = await register(workspace.tokens.analyst, "  Ana  ");
    expect(participantId).toMatch(/^[A-Za-z0-9_-]+$/);
    const me = await api(server.url, `/api/workspaces/${workspace.id}/participants/me`, {
      token: workspace.tokens.analyst,
      headers: { "x-participant-token": participantToken },
    });
    expect(me).toEqual(expect.objectContaining({ status: 200, body: { participantId, name: "Ana" } }));
  });

  it("answers 401 when the participant token belongs to another link, is garbage or missing", async () => {
    const { participantToken } = await register(workspace.tokens.analyst, "Ben");
    const path = `/api/workspaces/${workspace.id}/participants/me`;
    const otherLink = await api(server.url, path, {
      token: workspace.tokens.viewer,
      headers: { "x-participant-token": participantToken },
    });
    const garbage = await api(server.url, path, {
      token: workspace.tokens.analyst,
      headers: { "x-participant-token": "garbage" },
    });
    const missing = await api(server.url, path, { token: workspace.tokens.analyst });
    for (const response of [otherLink, garbage, missing]) {
      expect(response).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    }
  });

  it("validates the name", async () => {
    const response = await api(server.url, `/api/workspaces/${workspace.id}/participants`, {
      token: workspace.tokens.viewer,
      json: { name: "x".repeat(61) },
    });
    expect(response).toMatchObject({ status: 400, body: { error: { code: "invalid_body", field: "name" } } });
  });

  it("requires a link token to register", async () => {
    const response = await api(server.url, `/api/workspaces/${workspace.id}/participants`, { json: { name: "Eve" } });
    expect(response.status).toBe(401);
  });
});
