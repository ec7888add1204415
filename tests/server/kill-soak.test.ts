import { afterAll, describe, expect, it } from "vitest";
import { readWorkspace, setCellLevel } from "../../lib/collab";
import { createWorkspace } from "./helpers/api";
import { spawnServer, type ChildServer } from "./helpers/child-server";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir } from "./helpers/server";

/** SIGKILLs during continuous writing: KILL_ROUNDS sets how many (more in a soak run). */
const ROUNDS = Number(process.env.KILL_ROUNDS ?? 3);
const quiet = () => undefined;

describe("SIGKILL while three analysts write", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  let child: ChildServer | undefined;

  afterAll(async () => {
    pool.destroyAll();
    if (child && child.process.exitCode === null) child.process.kill("SIGKILL");
    data.remove();
  });

  it(`loses no update another person saw across ${ROUNDS} kills`, { timeout: 300_000 }, async () => {
    child = await spawnServer(data.dataDir);
    const workspace = await createWorkspace(child.url);
    /** Every rating key the observer saw, i.e. every update the server relayed (and so had stored). */
    const seen = new Set<string>();
    let written = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const server = child;
      const writers = await Promise.all(
        ["Ana", "Ben", "Caro"].map((name) => pool.connectSynced(server, workspace.id, workspace.tokens.analyst, name)),
      );
      const observer = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Observer");
      observer.doc.on("update", () => {
        for (const key of Object.keys(readWorkspace(observer.doc, quiet).ratings)) seen.add(key);
      });
      const writing = setInterval(() => {
        for (const [index, writer] of writers.entries()) {
          setCellLevel(writer.doc, `round${round}`, `w${index}-${written++}`, "high", pool.author(writer));
        }
      }, 5);
      await expect.poll(() => seen.size, { timeout: 20_000 }).toBeGreaterThan((round + 1) * 150);
      server.process.kill("SIGKILL");
      clearInterval(writing);
      await server.exited;
      pool.destroyAll();
      child = await spawnServer(data.dataDir);
    }
    const check = await pool.connectSynced(child, workspace.id, workspace.tokens.viewer, "Checker");
    const stored = new Set(Object.keys(readWorkspace(check.doc, quiet).ratings));
    const lost = [...seen].filter((key) => !stored.has(key));
    console.info(
      `kill soak: ${ROUNDS} kills, ${written} updates written, ${seen.size} seen by a peer, ${lost.length} lost`,
    );
    expect(lost).toEqual([]);
  });
});
