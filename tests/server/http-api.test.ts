import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signLinkToken, tokenKey } from "../../server/auth/tokens";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, startTestServer, TEST_SECRET } from "./helpers/server";

const URL_SAFE = /^[A-Za-z0-9_-]+$/;

describe("HTTP API", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir, { publicUrl: "https://mesa.example.org/" });
    workspace = await createWorkspace(server.url);
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("reports health", async () => {
    await expect(api(server.url, "/api/health")).resolves.toMatchObject({ status: 200, body: { ok: true } });
  });

  it("creates a workspace with one token and one absolute link per role", async () => {
    const response = await api(server.url, "/api/workspaces", { json: { title: "  Mexico security  " } });
    expect(response.status).toBe(201);
    const body = response.body as CreatedWorkspace;
    expect(Object.keys(body).sort()).toEqual(["id", "links", "tokens"]);
    expect(body.id).toMatch(URL_SAFE);
    for (const role of ["facilitator", "analyst", "viewer"] as const) {
      expect(body.tokens[role]).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
      expect(body.links[role]).toBe(`https://mesa.example.org/w/${body.id}#token=${body.tokens[role]}`);
    }
    const fetched = await api(server.url, `/api/workspaces/${body.id}`, { token: body.tokens.viewer });
    expect(fetched.body).toEqual({
      id: body.id,
      title: "Mexico security",
      role: "viewer",
      linkId: expect.stringMatching(URL_SAFE),
      view: "full",
    });
    const asAnalyst = await api(server.url, `/api/workspaces/${body.id}`, { token: body.tokens.analyst });
    expect(asAnalyst.body).not.toHaveProperty("view");
  });

  it("answers invalid JSON with 400 invalid_json", async () => {
    const response = await api(server.url, "/api/workspaces", { raw: '{"title": ' });
    expect(response).toMatchObject({ status: 400, body: { error: { code: "invalid_json" } } });
  });

  it.each([
    [{ title: "" }, "title"],
    [{ title: "   " }, "title"],
    [{ title: "x".repeat(201) }, "title"],
    [{}, "title"],
    [{ title: "ok", template: "nope" }, "template"],
  ])("rejects the body %j naming the field %s", async (json, field) => {
    const response = await api(server.url, "/api/workspaces", { json });
    expect(response).toMatchObject({ status: 400, body: { error: { code: "invalid_body", field } } });
    expect((response.body as { error: { message: string } }).error.message).toMatch(new RegExp(`^${field} must`));
  });

  it("answers bodies over the limit with 413 in the error shape", async () => {
    const response = await api(server.url, "/api/workspaces", { json: { title: "t", padding: "x".repeat(70_000) } });
    expect(response).toMatchObject({ status: 413, body: { error: { code: "payload_too_large" } } });
  });

  it("answers unknown API routes with 404 JSON", async () => {
    await expect(api(server.url, "/api/nothing-here")).resolves.toMatchObject({
      status: 404,
      body: { error: { code: "not_found" } },
    });
  });

  it.each(["facilitator", "analyst", "viewer"] as const)("tells a %s link its role", async (role) => {
    const response = await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens[role] });
    expect(response).toMatchObject({ status: 200, body: { id: workspace.id, title: "Test workspace", role } });
  });

  it("answers a missing, garbage or expired token with 401", async () => {
    const path = `/api/workspaces/${workspace.id}`;
    const missing = await api(server.url, path);
    const garbage = await api(server.url, path, { token: "not-a-token" });
    const malformedHeader = await api(server.url, path, { headers: { authorization: "Token abc" } });
    const expired = await signLinkToken(tokenKey(TEST_SECRET), {
      wid: workspace.id,
      role: "analyst",
      jti: "whatever",
      expiresAt: Date.now() - 1_000,
    });
    const expiredResponse = await api(server.url, path, { token: expired });
    for (const response of [missing, garbage, malformedHeader, expiredResponse]) {
      expect(response).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    }
    expect((expiredResponse.body as { error: { message: string } }).error.message).toMatch(/expired.*facilitator/);
  });

  it("answers a revoked link with 401", async () => {
    const other = await createWorkspace(server.url);
    const linkId = JSON.parse(Buffer.from(other.tokens.analyst.split(".")[1] ?? "", "base64url").toString()).jti;
    await server.store.revokeLink(linkId, Date.now());
    const response = await api(server.url, `/api/workspaces/${other.id}`, { token: other.tokens.analyst });
    expect(response).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect((response.body as { error: { message: string } }).error.message).toMatch(/revoked/);
  });

  it("answers a token for workspace A used on workspace B with 403", async () => {
    const other = await createWorkspace(server.url);
    const response = await api(server.url, `/api/workspaces/${other.id}`, { token: workspace.tokens.facilitator });
    expect(response).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
  });

  it("answers 404 for a workspace that does not exist", async () => {
    const token = await signLinkToken(tokenKey(TEST_SECRET), { wid: "doesNotExist", role: "analyst", jti: "x" });
    const response = await api(server.url, "/api/workspaces/doesNotExist", { token });
    expect(response).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("serves the built-in series publicly with a cache header", async () => {
    const response = await api(server.url, "/api/series");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    expect((response.body as { series: unknown[] }).series.length).toBeGreaterThan(0);
  });
});
