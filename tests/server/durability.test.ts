import * as Y from "yjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import { CLOSE } from "../../lib/contract";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { captureLogs, type CapturedLogs } from "./helpers/logs";
import { ProviderPool } from "./helpers/providers";
import { RawSocket } from "./helpers/raw-socket";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };

describe("persist, then relay; a workspace that cannot open says so", () => {
  const pool = new ProviderPool();
  const sockets: RawSocket[] = [];
  let data: ReturnType<typeof makeDataDir>;
  let logs: CapturedLogs;
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeEach(async () => {
    data = makeDataDir();
    logs = captureLogs();
    server = await startTestServer(data.dataDir, { logger: logs.logger });
    workspace = await createWorkspace(server.url);
  });
  afterEach(async () => {
    pool.destroyAll();
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
    data.remove();
  });

  it("relays no update to a peer before the store committed it", async () => {
    const writer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const peer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const store = server.store;
    const append = store.appendUpdate.bind(store);
    const commits: number[] = [];
    store.appendUpdate = async (...args) => {
      await new Promise((resolve) => setTimeout(resolve, 250));
      await append(...args);
      commits.push(performance.now());
    };
    const arrivals: number[] = [];
    peer.doc.on("update", (_update: Uint8Array, origin: unknown) => {
      if (origin === peer) arrivals.push(performance.now());
    });

    for (const level of ["high", "low", "medium"] as const)
      setCellLevel(writer.doc, "slow-area", "slow-option", level, ana);
    await expect.poll(() => cellLevel(readWorkspace(peer.doc, quiet), "slow-area", "slow-option")).toBe("medium");
    expect(arrivals.length).toBeGreaterThan(0);
    // Every arrival follows a commit: the first arrival comes after the first commit ended.
    expect(commits.length).toBeGreaterThan(0);
    expect(arrivals[0]).toBeGreaterThanOrEqual(commits[0] ?? Infinity);
  });

  it("stops relaying when the store fails and tells the clients to reconnect", async () => {
    const writer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const peer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const closes: number[] = [];
    for (const provider of [writer, peer]) {
      provider.on("connection-close", (event) => closes.push(event?.code ?? 0));
    }
    server.store.appendUpdate = () => Promise.reject(new Error("disk full"));
    setCellLevel(writer.doc, "lost-area", "lost-option", "high", ana);
    await expect.poll(() => closes.filter((code) => code === CLOSE.storageError).length).toBeGreaterThanOrEqual(2);
    expect(cellLevel(readWorkspace(peer.doc, quiet), "lost-area", "lost-option")).toBeNull();
    expect(logs.entries.some((entry) => /room failed to persist/.test(String(entry.msg)))).toBe(true);
  });

  it("closes sockets of a workspace stored with a newer schema with 4422 and logs it once", async () => {
    const stored = new Y.Doc();
    for (const update of await server.store.loadUpdates(workspace.id)) Y.applyUpdate(stored, update);
    const before = Y.encodeStateVector(stored);
    stored.getMap("meta").set("schemaVersion", 999);
    await server.store.appendUpdate(workspace.id, Y.encodeStateAsUpdate(stored, before), Date.now());

    const participant = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst);
    for (let attempt = 0; attempt < 3; attempt++) {
      const socket = new RawSocket(server, workspace.id, workspace.tokens.analyst, participant.participantToken);
      sockets.push(socket);
      const closed = await socket.closed;
      expect(closed.code).toBe(CLOSE.cannotOpen);
      expect(closed.reason).toMatch(/newer Mesa \(schema 999/);
    }
    expect(logs.entries.filter((entry) => /cannot be opened/.test(String(entry.msg)))).toHaveLength(1);
  });
});
