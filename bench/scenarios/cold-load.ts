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

/** Rooms loaded before the measured ones: the first loads of a process run unoptimised code. */
const WARM_UPS = 5;
const WARM_UP_CHANGES = 1_000;

interface Workspace {
  id: string;
  token: string;
}

interface PreparedLogs {
  dataDir: string;
  /** Copies of one workspace whose log holds the rating changes: each is loaded once. */
  big: Workspace[];
  warm: Workspace[];
}

/**
 * 5. Cold load: time to first sync of a workspace whose log holds N updates, then of the
 * same workspace once the server compacted it. One process per phase, warmed on small
 * workspaces; every measured room is loaded from the store for the first time. Mesa only:
 * the reference keeps no log in its default mode.
 */
export async function coldLoad(context: ScenarioContext): Promise<Figure[]> {
  const { logUpdates, coldLoadRuns } = context.options.sizes;
  const logs = await prepareLogs(context, logUpdates, coldLoadRuns);
  const firstBig = logs.big[0]?.id ?? "";
  const rowsBefore = storedLog(logs.dataDir, firstBig).rows;
  const before = await timeLoads(context, logs, copyOf(context, logs.dataDir));

  // Loading compacts a log past the threshold, and stopping compacts every room.
  const compacted = copyOf(context, logs.dataDir);
  await timeLoads(context, logs, compacted);
  const rowsAfter = storedLog(compacted, firstBig);
  const after = await timeLoads(context, logs, compacted);

  const reference = "the reference keeps documents only in memory (no YPERSISTENCE): there is no log to load";
  const runs = `median of ${logs.big.length} rooms, each loaded once by a process warmed on ${WARM_UPS} rooms with ${WARM_UP_CHANGES} changes`;
  return [
    {
      scenario: 5,
      name: `first sync, ${logUpdates.toLocaleString("en-US")}-update log (median)`,
      unit: "ms",
      mesa: median(before) ?? null,
      reference: null,
      note: `${rowsBefore} stored rows; includes the compaction Mesa runs on load; ${runs}; ${reference}`,
    },
    {
      scenario: 5,
      name: "first sync after compaction (median)",
      unit: "ms",
      mesa: median(after) ?? null,
      reference: null,
      target: { max: 50 },
      note: `${rowsAfter.rows} stored row of ${Math.round(rowsAfter.bytes / 1024)} KB; all runs: ${after.map((ms) => Math.round(ms)).join(", ")} ms`,
    },
  ];
}

function copyOf(context: ScenarioContext, dataDir: string): string {
  const copy = mkdtempSync(path.join(context.tmp, "cold-run-"));
  cpSync(dataDir, copy, { recursive: true });
  return copy;
}

async function prepareLogs(context: ScenarioContext, count: number, copies: number): Promise<PreparedLogs> {
  const dataDir = mkdtempSync(path.join(context.tmp, "cold-log-"));
  const store = openSqliteStore(dataDir);
  try {
    const deps = { store, key: tokenKey(BENCH_SECRET), publicUrl: "http://localhost" };
    const create = async (title: string): Promise<Workspace & { initial: Uint8Array }> => {
      const created = await createWorkspace(deps, { title, template: "rand-mexico-2009" });
      const [initial] = await store.loadUpdates(created.id);
      if (!initial) throw new Error("a new workspace has no stored document");
      return { id: created.id, token: created.tokens.viewer, initial };
    };
    const warm: (Workspace & { initial: Uint8Array })[] = [];
    for (let index = 0; index < WARM_UPS; index++) warm.push(await create("Warm-up"));
    const big: (Workspace & { initial: Uint8Array })[] = [];
    for (let index = 0; index < copies; index++) big.push(await create("Cold load"));
    context.log(`writing ${count.toLocaleString("en-US")} rating changes into the log of ${copies} workspaces`);
    // Warm-ups get a shorter history of the same kind, so the code that loads one is hot.
    const histories: [Workspace & { initial: Uint8Array }, number][] = [
      ...warm.map((workspace): [Workspace & { initial: Uint8Array }, number] => [
        workspace,
        Math.min(count, WARM_UP_CHANGES),
      ]),
      ...big.map((workspace): [Workspace & { initial: Uint8Array }, number] => [workspace, count]),
    ];
    for (const [workspace, changes] of histories) {
      for (const update of ratingChanges(workspace.initial, changes)) {
        await store.appendUpdate(workspace.id, update, Date.now());
      }
    }
    return { dataDir, big, warm };
  } finally {
    await store.close();
  }
}

/** Starts Mesa on `dataDir`, warms it, and times each big workspace's first sync. */
async function timeLoads(context: ScenarioContext, logs: PreparedLogs, dataDir: string): Promise<number[]> {
  const server: ServerProcess = await startMesa({
    dataDir,
    port: await freePort(),
    launch: context.mesa,
    profileDir: context.options.profileDir,
  });
  const sync = async (workspace: Workspace) => {
    const client = standaloneClient({
      id: "c",
      room: workspace.id,
      url: server.socketUrl(workspace.id, workspace.token),
    });
    const ms = await client.connect();
    await client.close();
    return ms;
  };
  try {
    for (const workspace of logs.warm) await sync(workspace);
    const times: number[] = [];
    for (const workspace of logs.big) times.push(await sync(workspace));
    return times;
  } finally {
    await server.stop();
  }
}
