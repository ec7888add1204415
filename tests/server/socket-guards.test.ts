import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import type { RawSocket } from "./helpers/raw-socket";
import { syncStep1Frame, updateFrame, upgradeStatus, openBoundSocket } from "./helpers/raw-socket";
import { makeDataDir, socketBase, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };

describe("socket guards", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  const sockets: RawSocket[] = [];
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  let other: CreatedWorkspace;

  async function raw(token = workspace.tokens.analyst): Promise<RawSocket> {
    const socket = await openBoundSocket(server, workspace.id, token);
    sockets.push(socket);
    return socket;
  }

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
    workspace = await createWorkspace(server.url);
    other = await createWorkspace(server.url);
  });
  afterEach(() => {
    pool.destroyAll();
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("refuses upgrades before the handshake with 401, 403 or 404", async () => {
    const base = socketBase(server);
    await expect(upgradeStatus(`${base}/${workspace.id}`)).resolves.toBe(401);
    await expect(upgradeStatus(`${base}/${workspace.id}?token=garbage`)).resolves.toBe(401);
    await expect(upgradeStatus(`${base}/${workspace.id}?token=${other.tokens.analyst}`)).resolves.toBe(403);
    await expect(upgradeStatus(`${base}/unknownWorkspace?token=${workspace.tokens.analyst}`)).resolves.toBe(404);
    await expect(upgradeStatus(`${base}/not%20an%20id?token=${workspace.tokens.analyst}`)).resolves.toBe(404);
    await expect(upgradeStatus(`${base}/${workspace.id}?token=${workspace.tokens.viewer}`)).resolves.toBe(101);
  });

  it.each([
    ["a text frame", "hello", [1003]],
    ["random bytes", new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f]), [1007]],
    ["an unknown message type", new Uint8Array([9, 1, 2]), [1003]],
    ["an update Yjs cannot decode", updateFrame(new Uint8Array([200, 1, 7, 7, 7, 7])), [1007]],
    ["an invalid state vector", new Uint8Array([0, 0, 3, 0xff, 0xff, 0xff]), [1007]],
    ["an awareness message with garbage", new Uint8Array([1, 3, 5, 0xff, 0xff]), [1007]],
  ])("closes only the socket that sent %s", async (_name, frame, codes) => {
    const a = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const b = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const bad = await raw();
    await bad.opened;
    bad.send(frame);
    const { code } = await bad.closed;
    expect(codes).toContain(code);

    const value = a.doc.clientID % 2 === 0 ? "high" : "low";
    setCellLevel(a.doc, "area-after", "option-after", value, ana);
    await expect.poll(() => cellLevel(readWorkspace(b.doc, quiet), "area-after", "option-after")).toBe(value);
    await expect(api(server.url, "/api/health")).resolves.toMatchObject({ status: 200 });
  });

  it("does not echo an update to the socket that sent it", async () => {
    const listener = await pool.connectSynced(server, workspace.id, workspace.tokens.facilitator);
    const sender = await raw();
    await sender.opened;
    const local = new Y.Doc();
    setCellLevel(local, "echo-area", "echo-option", "medium", ana);
    sender.send(updateFrame(Y.encodeStateAsUpdate(local)));
    // The step 2 answer is queued behind the update, so an echo would arrive before it.
    sender.send(syncStep1Frame(new Y.Doc()));
    await expect.poll(() => sender.syncFrames(1).length).toBe(1);
    expect(sender.syncFrames(2)).toEqual([]);

    const roomCopy = new Y.Doc();
    Y.applyUpdate(roomCopy, sender.syncFrames(1)[0]?.payload ?? new Uint8Array());
    expect(cellLevel(readWorkspace(roomCopy, quiet), "echo-area", "echo-option")).toBe("medium");
    await expect.poll(() => cellLevel(readWorkspace(listener.doc, quiet), "echo-area", "echo-option")).toBe("medium");
  });
});
