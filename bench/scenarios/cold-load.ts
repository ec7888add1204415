import { cpSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { tokenKey } from "../../server/auth/tokens";
import { openSqliteStore } from "../../server/store/sqlite-store";
import { createWorkspace } from "../../server/workspaces/create-workspace";
import { ratingChanges } from "../rating-edits";
import type { Figure } from "../report";
import { BENCH_SECRET, freePort, startMesa, type ServerProcess } from "../servers";
import { median } from "../stats";
import type { ScenarioContext } from "./common";
import { standaloneClient, storedLog } from "./standalone";

interface PreparedLog {
  dataDir: string;
  /** The workspace whose log holds the rating changes. */
  big: { id: string; token: string };
  /** A small workspace opened first, so the process is warm and only the big room is cold. */
  warm: { id: string; token: string };
}

/**
 * 5. Cold load: time to first sync of a workspace whose log holds N updates, then of the same
 * workspace once the server compacted it. Every run is a fresh process on a fresh copy of
 * the data, so nothing is cached. Mesa only: the reference keeps no log in its default mode.
 */
export async function coldLoad(context: ScenarioContext): Promise<Figure[]> {
  const { logUpdates, coldLoadRuns } = context.options.sizes;
  const log = await prepareLog(context, logUpdates);
  const rowsBefore = storedLog(log.dataDir, log.big.id).rows;
  const before = await timeRuns(context, log, coldLoadRuns);

  const compacted: PreparedLog = { ...log, dataDir: mkdtempSync(path.join(context.tmp, "cold-compacted-")) };
  cpSync(log.dataDir, compacted.dataDir, { recursive: true });
  await timeOnce(context, compacted.dataDir, compacted);
  const rowsAfter = storedLog(compacted.dataDir, log.big.id).rows;
  const after = await timeRuns(context, compacted, coldLoadRuns);

  const reference = "the reference keeps documents only in memory (no YPERSISTENCE): there is no log to load";
  return [
    {
      scenario: 5,
      name: `first sync, ${logUpdates.toLocaleString("en-US")}-update log (median)`,
      unit: "ms",
      mesa: median(before) ?? null,
      reference: null,
      note: `${rowsBefore} stored rows; includes the compaction Mesa runs on load; ${reference}`,
    },
    {
      scenario: 5,
      name: "first sync after compaction (median)",
      unit: "ms",
      mesa: median(after) ?? null,
      reference: null,
      target: { max: 50 },
      note: `${rowsAfter} stored row(s); median of ${coldLoadRuns} fresh processes, each warmed on another workspace`,
    },
  ];
}

async function prepareLog(context: ScenarioContext, count: number): Promise<PreparedLog> {
  const dataDir = mkdtempSync(path.join(context.tmp, "cold-log-"));
  const store = openSqliteStore(dataDir);
  try {
    const deps = { store, key: tokenKey(BENCH_SECRET), publicUrl: "http://localhost" };
    const template = "rand-mexico-2009" as const;
    const big = await createWorkspace(deps, { title: "Cold load", template });
    const warm = await createWorkspace(deps, { title: "Warm-up", template });
    const [initial] = await store.loadUpdates(big.id);
    if (!initial) throw new Error("the new workspace has no stored document");
    context.log(`writing ${count.toLocaleString("en-US")} rating changes into one workspace's log`);
    for (const update of ratingChanges(initial, count)) await store.appendUpdate(big.id, update, Date.now());
    return {
      dataDir,
      big: { id: big.id, token: big.tokens.viewer },
      warm: { id: warm.id, token: warm.tokens.viewer },
    };
  } finally {
    await store.close();
  }
}

async function timeRuns(context: ScenarioContext, log: PreparedLog, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const dataDir = mkdtempSync(path.join(context.tmp, "cold-run-"));
    cpSync(log.dataDir, dataDir, { recursive: true });
    times.push(await timeOnce(context, dataDir, log));
  }
  return times;
}

/** Starts Mesa on `dataDir`, warms it on the small workspace, and times the big one's first sync. */
async function timeOnce(context: ScenarioContext, dataDir: string, log: PreparedLog): Promise<number> {
  const server: ServerProcess = await startMesa({
    dataDir,
    port: await freePort(),
    launch: context.mesa,
    profileDir: context.options.profileDir,
  });
  try {
    const warm = standaloneClient({
      id: "warm",
      room: log.warm.id,
      url: server.socketUrl(log.warm.id, log.warm.token),
    });
    await warm.connect();
    await warm.close();
    const cold = standaloneClient({ id: "cold", room: log.big.id, url: server.socketUrl(log.big.id, log.big.token) });
    const ms = await cold.connect();
    await cold.close();
    return ms;
  } finally {
    await server.stop();
  }
}
