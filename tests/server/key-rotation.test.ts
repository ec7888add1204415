import { decodeProtectedHeader } from "jose";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { signLinkToken, tokenKey } from "../../server/auth/tokens";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, registerParticipant } from "./helpers/api";
import { RawSocket, upgradeStatus } from "./helpers/raw-socket";
import { makeDataDir, socketBase, startTestServer, TEST_SECRET } from "./helpers/server";

const NEW_SECRET = "the-new-app-secret-after-rotation-0123456789";

describe("APP_SECRET rotation", () => {
  const data = makeDataDir();
  let server: RunningServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  afterAll(() => data.remove());

  it("keeps links and participants signed with the previous secret working, and signs new ones with the new", async () => {
    server = await startTestServer(data.dataDir);
    const workspace = await createWorkspace(server.url);
    const participant = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst);
    await server.close();

    server = await startTestServer(data.dataDir, { secret: NEW_SECRET, previousSecrets: [TEST_SECRET] });
    const info = await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens.analyst });
    expect(info.status).toBe(200);
    const socket = new RawSocket(server, workspace.id, workspace.tokens.analyst, participant.participantToken);
    await socket.opened;
    await expect.poll(() => socket.syncFrames(0).length).toBeGreaterThan(0);
    expect(socket.isOpen).toBe(true);
    socket.close();

    const fresh = await createWorkspace(server.url);
    expect(decodeProtectedHeader(fresh.tokens.viewer).kid).toBe(tokenKey(NEW_SECRET).signing.kid);
    await server.close();

    // Once the previous secret is dropped, what it signed stops working.
    server = await startTestServer(data.dataDir, { secret: NEW_SECRET });
    expect((await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens.analyst })).status).toBe(
      401,
    );
    expect((await api(server.url, `/api/workspaces/${fresh.id}`, { token: fresh.tokens.viewer })).status).toBe(200);
  });

  it("refuses a token signed with a key it does not know, on the API and at the socket", async () => {
    server = await startTestServer(data.dataDir, { secret: NEW_SECRET, previousSecrets: [TEST_SECRET] });
    const workspace = await createWorkspace(server.url);
    const { links } = (
      await api(server.url, `/api/workspaces/${workspace.id}/links`, {
        token: workspace.tokens.facilitator,
      })
    ).body as { links: { id: string; role: string }[] };
    const analystLink = links.find((link) => link.role === "analyst");
    const forged = await signLinkToken(tokenKey("a-secret-this-server-never-had-0123456789"), {
      wid: workspace.id,
      role: "facilitator",
      jti: analystLink?.id ?? "",
    });
    expect((await api(server.url, `/api/workspaces/${workspace.id}`, { token: forged })).status).toBe(401);
    const url = `${socketBase(server)}/${workspace.id}?token=${encodeURIComponent(forged)}`;
    expect(await upgradeStatus(url)).toBe(401);
  });
});
