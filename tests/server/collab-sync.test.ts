import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";

const ana = { id: "participant-ana", name: "Ana" };
const ben = { id: "participant-ben", name: "Ben" };
const quiet = () => undefined;

describe("collaboration over the socket", () => {
  const pool = new ProviderPool();
  let data: ReturnType<typeof makeDataDir>;
  let server: RunningServer;

  beforeEach(async () => {
    data = makeDataDir();
    server = await startTestServer(data.dataDir);
  });
  afterEach(async () => {
    pool.destroyAll();
    await server.close();
    data.remove();
  });

  it("serves the seeded document and syncs changes both ways", async () => {
    const workspace = await createWorkspace(server.url, { title: "Seeded", template: "rand-mexico-2009" });
    const a = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const b = await pool.connectSynced(server, workspace.id, workspace.tokens.facilitator);

    const seeded = readWorkspace(a.doc, quiet);
    expect(seeded.meta.title).toBe("Seeded");
    expect(seeded.options.length).toBeGreaterThan(0);
    const area = seeded.areas[0]?.id ?? "";
    const option = seeded.options[0]?.id ?? "";

    setCellLevel(a.doc, area, option, "low", ana);
    await expect.poll(() => cellLevel(readWorkspace(b.doc, quiet), area, option)).toBe("low");
    setCellLevel(b.doc, area, option, "high", ben);
    await expect.poll(() => cellLevel(readWorkspace(a.doc, quiet), area, option)).toBe("high");
  });

  it("keeps the document across a graceful restart on the same data directory", async () => {
    const workspace = await createWorkspace(server.url);
    const a = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    setCellLevel(a.doc, "area-1", "option-1", "medium", ana);
    const b = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    await expect.poll(() => cellLevel(readWorkspace(b.doc, quiet), "area-1", "option-1")).toBe("medium");

    pool.destroyAll();
    await server.close();
    server = await startTestServer(data.dataDir);

    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    expect(cellLevel(readWorkspace(fresh.doc, quiet), "area-1", "option-1")).toBe("medium");
  });

  it("shares one load between clients joining an unloaded room at once", async () => {
    const workspace = await createWorkspace(server.url);
    const store = server.store;
    const load = store.loadUpdates.bind(store);
    let loads = 0;
    store.loadUpdates = async (workspaceId) => {
      loads++;
      return load(workspaceId);
    };
    const providers = [1, 2, 3].map(() => pool.connect(server, workspace.id, workspace.tokens.viewer));
    await expect.poll(() => providers.every((provider) => provider.synced), { timeout: 10_000 }).toBe(true);
    expect(loads).toBe(1);
  });
});
