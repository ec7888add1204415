import { afterAll, afterEach, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import { api, createWorkspace } from "./helpers/api";
import { spawnServer, type ChildServer } from "./helpers/child-server";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir } from "./helpers/server";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };

describe("server process", () => {
  const pool = new ProviderPool();
  const children: ChildServer[] = [];
  const data = makeDataDir();

  async function spawn(): Promise<ChildServer> {
    const child = await spawnServer(data.dataDir);
    children.push(child);
    return child;
  }

  afterEach(async () => {
    pool.destroyAll();
    for (const child of children.splice(0)) {
      if (child.process.exitCode === null && child.process.signalCode === null) child.process.kill("SIGKILL");
      await child.exited;
    }
  });
  afterAll(() => data.remove());

  it("keeps every update a client has seen when the process is SIGKILLed", async () => {
    const first = await spawn();
    const workspace = await createWorkspace(first.url);
    const a = await pool.connectSynced(first, workspace.id, workspace.tokens.analyst);
    const b = await pool.connectSynced(first, workspace.id, workspace.tokens.analyst);
    setCellLevel(a.doc, "crash-area", "crash-option", "high", ana);
    await expect.poll(() => cellLevel(readWorkspace(b.doc, quiet), "crash-area", "crash-option")).toBe("high");

    first.process.kill("SIGKILL");
    await expect(first.exited).resolves.toMatchObject({ signal: "SIGKILL" });
    pool.destroyAll();

    const second = await spawn();
    const fresh = await pool.connectSynced(second, workspace.id, workspace.tokens.viewer);
    expect(cellLevel(readWorkspace(fresh.doc, quiet), "crash-area", "crash-option")).toBe("high");
  });

  it("exits 0 on SIGTERM after closing its sockets", async () => {
    const child = await spawn();
    const workspace = await createWorkspace(child.url);
    const a = await pool.connectSynced(child, workspace.id, workspace.tokens.analyst);
    await expect(api(child.url, "/api/health")).resolves.toMatchObject({ status: 200 });
    const closed = new Promise<number | undefined>((resolve) =>
      a.once("connection-close", (event) => resolve(event?.code)),
    );
    child.process.kill("SIGTERM");
    await expect(child.exited).resolves.toMatchObject({ code: 0 });
    await expect(closed).resolves.toBe(1001);
  });
});
