import * as Y from "yjs";
import { afterEach, describe, expect, it } from "vitest";
import { addOption, readWorkspace } from "../../lib/collab";
import { CLOSE } from "../../lib/contract";
import type { CollabLimits } from "../../server/collab/limits";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { captureLogs, type CapturedLogs } from "./helpers/logs";
import { ProviderPool } from "./helpers/providers";
import { RawSocket, awarenessFrame, updateFrame, openBoundSocket } from "./helpers/raw-socket";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const QUERY_AWARENESS = new Uint8Array([3]);

/** Every bound of the socket, each with a small configured limit and a raw client past it. */
describe("socket limits", () => {
  const pool = new ProviderPool();
  const sockets: RawSocket[] = [];
  let data: ReturnType<typeof makeDataDir>;
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  async function start(limits: Partial<CollabLimits>, logs?: CapturedLogs): Promise<void> {
    data = makeDataDir();
    server = await startTestServer(data.dataDir, { limits, ...(logs ? { logger: logs.logger } : {}) });
    workspace = await createWorkspace(server.url);
  }

  async function bound(token = workspace.tokens.analyst): Promise<RawSocket> {
    const socket = await openBoundSocket(server, workspace.id, token);
    sockets.push(socket);
    return socket;
  }

  afterEach(async () => {
    pool.destroyAll();
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
    data.remove();
  });

  it("refuses writes past the document size limit (D3) and stores none of them", async () => {
    await start({ maxDocumentBytes: 40_000 });
    const writer = await bound();
    const copy = await writer.fetchDoc();
    for (let i = 0; i < 30; i++) {
      writer.sendEdit(copy, (doc) => addOption(doc, { name: `Option ${i}`, description: "d".repeat(1_900) }));
    }
    await expect.poll(() => writer.refusals().map((refusal) => refusal.code)).toContain("too_large");
    writer.close();
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    expect(Y.encodeStateAsUpdate(fresh.doc).length).toBeLessThan(40_000 + 5_000);
    expect(readWorkspace(fresh.doc, quiet).options.length).toBeLessThan(30);
  });

  it("drops updates whose history never arrives (D5) and makes their sender reconnect", async () => {
    await start({ maxPendingBytes: 20_000, maxPendingUpdatesPerSocket: 5 });
    const writer = await bound();
    await writer.fetchDoc();
    const orphan = new Y.Doc();
    orphan.getMap("ratings").set("never-sent", { level: "low" });
    for (let i = 0; i < 10; i++) {
      const before = Y.encodeStateVector(orphan);
      orphan.getMap("ratings").set(`a|o${i}`, { level: "high", note: "x".repeat(3_000) });
      writer.send(updateFrame(Y.encodeStateAsUpdate(orphan, before)));
    }
    await expect(writer.closed).resolves.toMatchObject({ code: CLOSE.policy });
    expect(writer.refusals().map((refusal) => refusal.code)).toContain("missing_history");
    const joiner = new RawSocket(server, workspace.id, workspace.tokens.viewer);
    sockets.push(joiner);
    await joiner.fetchDoc();
    expect(joiner.syncFrames(1).at(-1)?.payload?.length ?? 0).toBeLessThan(20_000);
  });

  it("refuses large and rapid presence states (D7) without relaying them", async () => {
    await start({ maxAwarenessStateBytes: 1_000, awarenessPerSecond: 1, awarenessBurst: 5 });
    const watcher = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    const viewer = await bound(workspace.tokens.viewer);
    viewer.send(awarenessFrame(5_001, 1, { user: { name: "x" }, blob: "b".repeat(5_000) }));
    await expect.poll(() => viewer.refusals().length).toBe(1);
    expect(watcher.awareness.getStates().has(5_001)).toBe(false);
    for (let clock = 2; clock < 20; clock++) viewer.send(awarenessFrame(5_001, clock, { user: { name: "x" } }));
    await expect.poll(() => viewer.refusals().length).toBeGreaterThan(10);
    expect(viewer.isOpen).toBe(true);
  });

  it("closes a socket that sends more messages per second than allowed with 1008", async () => {
    const logs = captureLogs();
    await start({ messagesPerSecond: 5, messagesBurst: 10 }, logs);
    const chatty = await bound();
    const calm = await bound();
    for (let i = 0; i < 500; i++) chatty.send(QUERY_AWARENESS);
    await expect(chatty.closed).resolves.toMatchObject({ code: CLOSE.policy });
    expect(calm.isOpen).toBe(true);
    // What keeps arriving while the socket closes is dropped, not logged line by line.
    expect(logs.entries.filter((entry) => /after a bad frame/.test(String(entry.msg)))).toHaveLength(1);
  });

  it("closes a socket that stops reading once its send buffer passes the bound", async () => {
    await start({ maxSendBufferBytes: 64 * 1024, messagesPerSecond: 100_000, messagesBurst: 100_000 });
    await createWorkspace(server.url, { title: "Big", template: "rand-mexico-2009" }).then((big) => {
      workspace = big;
    });
    const reader = new RawSocket(server, workspace.id, workspace.tokens.viewer);
    sockets.push(reader);
    await reader.fetchDoc();
    reader.pauseReading();
    // Each asks for the whole document again; the kernel's buffers take a few MB before the server's fill.
    for (let i = 0; i < 2_000; i++) reader.send(new Uint8Array([0, 0, 1, 0]));
    await expect.poll(() => server.rooms.stats().sockets.viewer, { timeout: 10_000 }).toBe(0);
  });

  it("closes sockets past the per-room and per-address limits with 4429", async () => {
    await start({ socketsPerRoom: 2, socketsPerIp: 3 });
    const first = await bound();
    await bound();
    const third = new RawSocket(server, workspace.id, workspace.tokens.viewer);
    sockets.push(third);
    await expect(third.closed).resolves.toMatchObject({ code: CLOSE.tooManySockets });
    const other = await createWorkspace(server.url);
    const elsewhere = new RawSocket(server, other.id, other.tokens.viewer);
    sockets.push(elsewhere);
    await elsewhere.fetchDoc();
    const oneTooMany = new RawSocket(server, other.id, other.tokens.viewer);
    sockets.push(oneTooMany);
    await expect(oneTooMany.closed).resolves.toMatchObject({ code: CLOSE.tooManySockets });
    expect(first.isOpen).toBe(true);
    expect(elsewhere.isOpen).toBe(true);
  });
});
