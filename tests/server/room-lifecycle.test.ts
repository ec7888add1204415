import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import type { RunningServer, StartServerOptions } from "../../server/start-server";
import { createWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { RawSocket } from "./helpers/raw-socket";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };
const levels = ["high", "medium", "low"] as const;

describe("room lifecycle", () => {
  const pool = new ProviderPool();
  const sockets: RawSocket[] = [];
  const data = makeDataDir();
  let server: RunningServer | undefined;

  async function start(overrides: Partial<StartServerOptions>): Promise<RunningServer> {
    server = await startTestServer(data.dataDir, overrides);
    return server;
  }

  afterEach(async () => {
    pool.destroyAll();
    for (const socket of sockets.splice(0)) socket.close();
    await server?.close();
  });
  afterAll(() => data.remove());

  it("compacts the update log past the threshold without losing anything", async () => {
    const running = await start({ compactThreshold: 10, roomIdleMs: 60_000 });
    const workspace = await createWorkspace(running.url);
    const writer = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    const reader = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer);
    await expect(running.store.countUpdates(workspace.id)).resolves.toBe(1);

    // The seed row plus ten edits makes eleven rows, one past the threshold.
    for (let i = 0; i < 10; i++) setCellLevel(writer.doc, `area-${i}`, "option", levels[i % 3] ?? "high", ana);
    await expect.poll(() => cellLevel(readWorkspace(reader.doc, quiet), "area-9", "option")).toBe("high");
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(1);

    const fresh = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer);
    const snapshot = readWorkspace(fresh.doc, quiet);
    for (let i = 0; i < 10; i++) expect(cellLevel(snapshot, `area-${i}`, "option")).toBe(levels[i % 3]);
    expect(snapshot.meta.title).toBe("Test workspace");
  });

  it("unloads an idle room, compacting it, and loads it again on the next join", async () => {
    const running = await start({ roomIdleMs: 100 });
    const workspace = await createWorkspace(running.url);
    const writer = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    for (let i = 0; i < 3; i++) setCellLevel(writer.doc, `area-${i}`, "option", "medium", ana);
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(4);
    expect(running.rooms.isLoaded(workspace.id)).toBe(true);

    pool.destroyAll();
    await expect.poll(() => running.rooms.isLoaded(workspace.id)).toBe(false);
    await expect(running.store.countUpdates(workspace.id)).resolves.toBe(1);

    const fresh = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer);
    expect(running.rooms.isLoaded(workspace.id)).toBe(true);
    expect(cellLevel(readWorkspace(fresh.doc, quiet), "area-2", "option")).toBe("medium");
  });

  it("sends an idle socket a protocol message, not just pings", async () => {
    const running = await start({ keepaliveMs: 100 });
    const workspace = await createWorkspace(running.url);
    const idle = new RawSocket(running, workspace.id, workspace.tokens.viewer);
    sockets.push(idle);
    await idle.opened;
    await expect.poll(() => idle.frames.filter((frame) => frame.messageType === 1).length).toBeGreaterThanOrEqual(3);
    expect(idle.isOpen).toBe(true);
  });
});
