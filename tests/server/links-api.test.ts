import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createdLinkSchema, linkListSchema, linkTokenSchema, ROLES, type Role } from "../../lib/contract";
import { MAX_LINKS_PER_WORKSPACE } from "../../server/http/routes/links";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { createLink, listLinks } from "./helpers/links";
import { makeDataDir, startTestServer } from "./helpers/server";

/** What each route needs in place: a fresh workspace, a link and a participant to act on. */
interface Fixture {
  workspace: CreatedWorkspace;
  linkId: string;
  participantId: string;
  /** Participant tokens by role, for PATCH /participants/me. */
  participantTokens: Record<Role, string>;
}

interface RouteCase {
  name: string;
  method: string;
  path: (fixture: Fixture) => string;
  body?: unknown;
  /** Status per role of the caller's link. */
  expected: Record<Role, number>;
  needsParticipant?: boolean;
}

const FACILITATOR_ONLY = (status: number): Record<Role, number> => ({ facilitator: status, analyst: 403, viewer: 403 });

const ROUTES: RouteCase[] = [
  {
    name: "list links",
    method: "GET",
    path: (f) => `/api/workspaces/${f.workspace.id}/links`,
    expected: FACILITATOR_ONLY(200),
  },
  {
    name: "create a link",
    method: "POST",
    path: (f) => `/api/workspaces/${f.workspace.id}/links`,
    body: { role: "viewer", label: "Deputy Secretary" },
    expected: FACILITATOR_ONLY(201),
  },
  {
    name: "copy a link's token again",
    method: "GET",
    path: (f) => `/api/workspaces/${f.workspace.id}/links/${f.linkId}/token`,
    expected: FACILITATOR_ONLY(200),
  },
  {
    name: "rotate a link",
    method: "POST",
    path: (f) => `/api/workspaces/${f.workspace.id}/links/${f.linkId}/rotate`,
    expected: FACILITATOR_ONLY(201),
  },
  {
    name: "revoke a link",
    method: "DELETE",
    path: (f) => `/api/workspaces/${f.workspace.id}/links/${f.linkId}`,
    expected: FACILITATOR_ONLY(204),
  },
  {
    name: "remove a participant",
    method: "DELETE",
    path: (f) => `/api/workspaces/${f.workspace.id}/participants/${f.participantId}`,
    expected: FACILITATOR_ONLY(204),
  },
  {
    name: "rename yourself",
    method: "PATCH",
    path: (f) => `/api/workspaces/${f.workspace.id}/participants/me`,
    body: { name: "Renamed" },
    expected: { facilitator: 200, analyst: 200, viewer: 200 },
    needsParticipant: true,
  },
];

describe("links and participants API", () => {
  const data = makeDataDir();
  let server: RunningServer;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  async function fixture(): Promise<Fixture> {
    const workspace = await createWorkspace(server.url);
    const link = await createLink(server.url, workspace.id, workspace.tokens.facilitator, {
      role: "analyst",
      label: "Team B",
    });
    const participant = await registerParticipant(server.url, workspace.id, link.token, "Bea");
    const participantTokens = {} as Record<Role, string>;
    for (const role of ROLES) {
      participantTokens[role] = (
        await registerParticipant(server.url, workspace.id, workspace.tokens[role])
      ).participantToken;
    }
    return { workspace, linkId: link.id, participantId: participant.participantId, participantTokens };
  }

  describe.each(ROUTES)("$method $name", (route) => {
    it.each(ROLES)("answers a %s link as the contract says", async (role) => {
      const f = await fixture();
      const response = await api(server.url, route.path(f), {
        method: route.method,
        token: f.workspace.tokens[role],
        json: route.body,
        headers: route.needsParticipant ? { "x-participant-token": f.participantTokens[role] } : {},
      });
      expect(response.status).toBe(route.expected[role]);
      if (response.status === 403) expect(response.body).toMatchObject({ error: { code: "forbidden" } });
    });

    it("answers 401 without a token and 403 with another workspace's facilitator link", async () => {
      const f = await fixture();
      const other = await createWorkspace(server.url);
      const missing = await api(server.url, route.path(f), { method: route.method, json: route.body });
      expect(missing.status).toBe(401);
      const foreign = await api(server.url, route.path(f), {
        method: route.method,
        token: other.tokens.facilitator,
        json: route.body,
      });
      expect(foreign.status).toBe(403);
    });
  });

  it("lists every link with its participants and never a token", async () => {
    const f = await fixture();
    const { links } = await listLinks(server.url, f.workspace.id, f.workspace.tokens.facilitator);
    expect(linkListSchema.safeParse({ links }).success).toBe(true);
    expect(links.map((link) => link.label)).toEqual(["Facilitator", "Analysts", "Viewers", "Team B"]);
    const teamB = links.find((link) => link.id === f.linkId);
    expect(teamB).toMatchObject({
      role: "analyst",
      view: "full",
      revokedAt: null,
      expiresAt: null,
      openSockets: 0,
      participants: [{ id: f.participantId, name: "Bea", removedAt: null }],
    });
    expect(teamB?.lastUsedAt).toEqual(expect.any(Number));
    expect(JSON.stringify(links)).not.toContain(f.workspace.tokens.analyst);
    expect(JSON.stringify(links)).not.toMatch(/token/i);
  });

  it("creates a viewer link with a label, expiry and summary view; the link opens with that view", async () => {
    const f = await fixture();
    const expiresAt = new Date(Date.now() + 86_400_000).toISOString();
    const created = await createLink(server.url, f.workspace.id, f.workspace.tokens.facilitator, {
      role: "viewer",
      label: "  Deputy Secretary ",
      expiresAt,
      view: "summary",
    });
    expect(createdLinkSchema.safeParse(created).success).toBe(true);
    expect(created).toMatchObject({ label: "Deputy Secretary", role: "viewer", view: "summary" });
    expect(created.expiresAt).toBe(Date.parse(expiresAt));
    expect(created.link).toBe(`http://localhost:${server.port}/w/${f.workspace.id}#token=${created.token}`);
    const info = await api(server.url, `/api/workspaces/${f.workspace.id}`, { token: created.token });
    expect(info.body).toMatchObject({ role: "viewer", view: "summary", linkId: created.id });
  });

  it.each([
    [{ role: "facilitator", label: "x" }, "role"],
    [{ role: "viewer", label: "   " }, "label"],
    [{ role: "viewer", label: "x".repeat(81) }, "label"],
    [{ role: "viewer", label: "x", expiresAt: "tomorrow" }, "expiresAt"],
    [{ role: "viewer", label: "x", expiresAt: "2001-01-01T00:00:00Z" }, "expiresAt"],
    [{ role: "viewer", label: "x", view: "poster" }, "view"],
    [{ role: "analyst", label: "x", view: "summary" }, "view"],
  ])("refuses a link body %j naming the field %s", async (body, field) => {
    const f = await fixture();
    const response = await api(server.url, `/api/workspaces/${f.workspace.id}/links`, {
      token: f.workspace.tokens.facilitator,
      json: body,
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ error: { code: "invalid_body", field } });
  });

  it("copies a live link again with a token that works, but not a revoked one", async () => {
    const f = await fixture();
    const path = `/api/workspaces/${f.workspace.id}/links/${f.linkId}`;
    const token = f.workspace.tokens.facilitator;
    const copy = await api(server.url, `${path}/token`, { token });
    expect(linkTokenSchema.safeParse(copy.body).success).toBe(true);
    const copied = (copy.body as { token: string }).token;
    expect((await api(server.url, `/api/workspaces/${f.workspace.id}`, { token: copied })).status).toBe(200);
    await api(server.url, path, { method: "DELETE", token });
    expect((await api(server.url, `${path}/token`, { token })).status).toBe(409);
    expect((await api(server.url, `${path}/rotate`, { method: "POST", token })).status).toBe(409);
  });

  it("answers 404 for a link or participant of another workspace, and 409 for revoking your own link", async () => {
    const f = await fixture();
    const other = await fixture();
    const token = f.workspace.tokens.facilitator;
    const base = `/api/workspaces/${f.workspace.id}`;
    expect((await api(server.url, `${base}/links/${other.linkId}`, { method: "DELETE", token })).status).toBe(404);
    expect((await api(server.url, `${base}/links/${other.linkId}/rotate`, { method: "POST", token })).status).toBe(404);
    expect(
      (await api(server.url, `${base}/participants/${other.participantId}`, { method: "DELETE", token })).status,
    ).toBe(404);
    const own = (await api(server.url, base, { token })).body as { linkId: string };
    const self = await api(server.url, `${base}/links/${own.linkId}`, { method: "DELETE", token });
    expect(self).toMatchObject({ status: 409, body: { error: { code: "conflict" } } });
    expect((await api(server.url, base, { token })).status).toBe(200);
  });

  it(`holds at most ${MAX_LINKS_PER_WORKSPACE} links per workspace`, async () => {
    const f = await fixture();
    const token = f.workspace.tokens.facilitator;
    const path = `/api/workspaces/${f.workspace.id}/links`;
    // The fixture made four: three at creation and "Team B".
    for (let made = 4; made < MAX_LINKS_PER_WORKSPACE; made++) {
      expect((await api(server.url, path, { token, json: { role: "viewer", label: `Person ${made}` } })).status).toBe(
        201,
      );
    }
    const over = await api(server.url, path, { token, json: { role: "viewer", label: "One too many" } });
    expect(over).toMatchObject({ status: 409, body: { error: { code: "limit_reached" } } });
  });

  it("renames a participant: the name is stored and answered, and bad names are refused", async () => {
    const f = await fixture();
    const path = `/api/workspaces/${f.workspace.id}/participants/me`;
    const headers = { "x-participant-token": f.participantTokens.analyst };
    const token = f.workspace.tokens.analyst;
    const renamed = await api(server.url, path, { method: "PATCH", token, headers, json: { name: "  Ana B. " } });
    expect(renamed.body).toMatchObject({ name: "Ana B." });
    expect((await api(server.url, path, { token, headers })).body).toMatchObject({ name: "Ana B." });
    const blank = await api(server.url, path, { method: "PATCH", token, headers, json: { name: "\u200b " } });
    expect(blank).toMatchObject({ status: 400, body: { error: { field: "name" } } });
    expect((await api(server.url, path, { method: "PATCH", token, json: { name: "X" } })).status).toBe(401);
  });
});
