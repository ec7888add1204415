import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };
const ben = { id: "participant-ben", name: "Ben" };

// An empty room sleeps as its compacted snapshot until the idle grace period unloads it.
describe("a room nobody is in", () => {
  const pool = new ProviderPool();
  const data = makeDataDir();
  let server: RunningServer | undefined;

  afterEach(async () => {
    pool.destroyAll();
    await server?.close();
  });
  afterAll(() => data.remove());

  it("is compacted when the last person leaves, stays loaded, and wakes with everything in it", async () => {
    server = await startTestServer(data.dataDir, { roomIdleMs: 60_000 });
    const running = server;
    const workspace = await createWorkspace(running.url);
    const writer = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    for (const area of ["area-1", "area-2"]) setCellLevel(writer.doc, area, "option", "high", ana);
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(3);

    pool.destroyAll();
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(1);
    expect(running.rooms.isLoaded(workspace.id)).toBe(true);

    const reader = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer);
    expect(cellLevel(readWorkspace(reader.doc, quiet), "area-2", "option")).toBe("high");

    // Edits after waking are persisted and relayed like any other.
    const second = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    setCellLevel(second.doc, "area-1", "option", "low", ben);
    await expect.poll(() => cellLevel(readWorkspace(reader.doc, quiet), "area-1", "option")).toBe("low");
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(2);
  });

  it("loses nothing when the server stops while the room sleeps", async () => {
    server = await startTestServer(data.dataDir, { roomIdleMs: 60_000 });
    const running = server;
    const workspace = await createWorkspace(running.url);
    const writer = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    setCellLevel(writer.doc, "area-3", "option", "medium", ana);
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(2);
    pool.destroyAll();
    await expect.poll(() => running.store.countUpdates(workspace.id)).toBe(1);

    await running.close();
    server = await startTestServer(data.dataDir, { roomIdleMs: 60_000 });
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    expect(cellLevel(readWorkspace(fresh.doc, quiet), "area-3", "option")).toBe("medium");
  });
});
