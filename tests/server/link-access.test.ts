import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CLOSE } from "../../lib/contract";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { createLink, listLinks, removeParticipant, revokeLink, rotateLink } from "./helpers/links";
import { bindFrame, RawSocket, upgradeStatus } from "./helpers/raw-socket";
import { makeDataDir, socketBase, startTestServer } from "./helpers/server";

describe("links that end: refused on the API and the socket, open sockets closed at once", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  const sockets: RawSocket[] = [];

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
  });
  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  const facilitator = () => workspace.tokens.facilitator;
  const info = (token: string) => api(server.url, `/api/workspaces/${workspace.id}`, { token });
  const upgrade = (token: string) =>
    upgradeStatus(`${socketBase(server)}/${workspace.id}?token=${encodeURIComponent(token)}`);

  /** A link made through the API, a participant registered under it and a socket bound to that participant. */
  async function openOnNewLink(label: string, expiresAt?: string) {
    const link = await createLink(server.url, workspace.id, facilitator(), { role: "analyst", label, expiresAt });
    const participant = await registerParticipant(server.url, workspace.id, link.token, label);
    const socket = await openSocket(link.token, participant.participantToken);
    return { link, participant, socket };
  }

  async function openSocket(token: string, participantToken?: string): Promise<RawSocket> {
    const socket = new RawSocket(server, workspace.id, token, participantToken);
    sockets.push(socket);
    await socket.opened;
    // The socket is in its room once the server's own sync step 1 arrived.
    await expect.poll(() => socket.syncFrames(0).length).toBeGreaterThan(0);
    return socket;
  }

  beforeAll(async () => {
    workspace = await createWorkspace(server.url);
  });

  it("revoking a link closes its open sockets with 4403 and refuses it from then on, other links untouched", async () => {
    const revoked = await openOnNewLink("Team A");
    const bystander = await openOnNewLink("Team B");
    const before = await listLinks(server.url, workspace.id, facilitator());
    expect(before.links.find((link) => link.id === revoked.link.id)?.openSockets).toBe(1);

    await revokeLink(server.url, workspace.id, facilitator(), revoked.link.id);
    await expect(revoked.socket.closed).resolves.toMatchObject({
      code: CLOSE.revoked,
      reason: expect.stringMatching(/revoked/),
    });
    expect(bystander.socket.isOpen).toBe(true);
    expect(await info(revoked.link.token)).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/revoked/) } },
    });
    expect(await upgrade(revoked.link.token)).toBe(401);
    const after = await listLinks(server.url, workspace.id, facilitator());
    expect(after.links.find((link) => link.id === revoked.link.id)).toMatchObject({
      revokedAt: expect.any(Number),
      openSockets: 0,
    });
  });

  it("rotating a link closes its sockets, kills the old token at once, and the new one keeps the participant", async () => {
    const rotated = await openOnNewLink("Team C");
    const fresh = await rotateLink(server.url, workspace.id, facilitator(), rotated.link.id);
    expect(fresh.id).toBe(rotated.link.id);
    await expect(rotated.socket.closed).resolves.toMatchObject({ code: CLOSE.revoked });
    expect((await info(rotated.link.token)).status).toBe(401);
    expect(await upgrade(rotated.link.token)).toBe(401);
    expect((await info(fresh.token)).status).toBe(200);
    const me = await api(server.url, `/api/workspaces/${workspace.id}/participants/me`, {
      token: fresh.token,
      headers: { "x-participant-token": rotated.participant.participantToken },
    });
    expect(me).toMatchObject({ status: 200, body: { participantId: rotated.participant.participantId } });
    const reopened = await openSocket(fresh.token, rotated.participant.participantToken);
    expect(reopened.isOpen).toBe(true);
  });

  it("removing a participant closes only their sockets and refuses their token on the API, the URL and in-band", async () => {
    const shared = await createLink(server.url, workspace.id, facilitator(), { role: "analyst", label: "Shared" });
    const removed = await registerParticipant(server.url, workspace.id, shared.token, "Removed");
    const kept = await registerParticipant(server.url, workspace.id, shared.token, "Kept");
    const removedSocket = await openSocket(shared.token, removed.participantToken);
    const keptSocket = await openSocket(shared.token, kept.participantToken);

    await removeParticipant(server.url, workspace.id, facilitator(), removed.participantId);
    await expect(removedSocket.closed).resolves.toMatchObject({
      code: CLOSE.revoked,
      reason: expect.stringMatching(/removed/),
    });
    expect(keptSocket.isOpen).toBe(true);

    const me = await api(server.url, `/api/workspaces/${workspace.id}/participants/me`, {
      token: shared.token,
      headers: { "x-participant-token": removed.participantToken },
    });
    expect(me).toMatchObject({ status: 401, body: { error: { code: "participant_removed" } } });
    const onUrl = new RawSocket(server, workspace.id, shared.token, removed.participantToken);
    sockets.push(onUrl);
    await expect(onUrl.closed).resolves.toMatchObject({ code: CLOSE.revoked });
    const inBand = await openSocket(shared.token);
    inBand.send(bindFrame(removed.participantToken));
    await expect(inBand.closed).resolves.toMatchObject({ code: CLOSE.revoked });
    const { links } = await listLinks(server.url, workspace.id, facilitator());
    const listed = links.find((link) => link.id === shared.id)?.participants;
    expect(listed).toEqual([
      { id: removed.participantId, name: "Removed", removedAt: expect.any(Number) },
      { id: kept.participantId, name: "Kept", removedAt: null },
    ]);
  });

  it("an expiring link's sockets are closed by the server when it expires, and the link is refused after", async () => {
    const expiring = await openOnNewLink("Briefing", new Date(Date.now() + 2_000).toISOString());
    await expect(expiring.socket.closed).resolves.toMatchObject({
      code: CLOSE.revoked,
      reason: expect.stringMatching(/expired/),
    });
    expect(await info(expiring.link.token)).toMatchObject({
      status: 401,
      body: { error: { message: expect.stringMatching(/expired/) } },
    });
    expect(await upgrade(expiring.link.token)).toBe(401);
  });

  it("another workspace's link is refused on the API (403) and at the socket (403)", async () => {
    const other = await createWorkspace(server.url);
    expect((await info(other.tokens.analyst)).status).toBe(403);
    expect(await upgrade(other.tokens.analyst)).toBe(403);
  });
});
