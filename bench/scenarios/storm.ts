import { mkdtempSync } from "node:fs";
import path from "node:path";
import { memoryOf } from "../proc-stats";
import type { Figure } from "../report";
import { percentile } from "../stats";
import { freePort, startMesa, startReference, type ServerName, type ServerProcess } from "../servers";
import { wallNow } from "../wire";
import { clientSpecs, connectOrFail, roomsFor, type ScenarioContext } from "./common";
import type { PerSystem } from "./edit-figures";

interface Storm {
  /** From the restarted server accepting connections to the last client synced, in ms. */
  allSyncedMs: number;
  p50: number | undefined;
  p99: number | undefined;
  failed: number;
  peakRss: number;
  /** From spawning the new process to it accepting connections, in ms. */
  startMs: number;
}

/**
 * 4. Reconnect storm: every client reconnects at once after a server restart. Clients keep
 * the document they synced and offer it back (sync step 2), as providers do; the reference,
 * which keeps documents only in memory, gets them all back from its clients.
 */
export async function storm(context: ScenarioContext): Promise<Figure[]> {
  const { stormClients, stormRooms } = context.options.sizes;
  const perRoom = Math.max(1, Math.round(stormClients / stormRooms));
  const results = {} as PerSystem<Storm>;
  for (const name of context.systems) {
    const port = await freePort();
    const dataDir = mkdtempSync(path.join(context.tmp, `${name}-storm-`));
    const start = () => startServer(context, name, port, dataDir);
    let server = await start();
    try {
      const rooms = await roomsFor(server, stormRooms);
      const specs = await clientSpecs(
        server,
        rooms,
        perRoom,
        { role: "analyst", presence: true, keepState: true, seed: true },
        "s",
      );
      await connectOrFail(context, specs, "clients");
      await context.pool.expectClose();
      await server.stop();
      const spawnedAt = wallNow();
      server = await start();
      const readyAt = wallNow();
      context.log(`${name}: ${specs.length} clients in ${rooms.length} rooms reconnect at once`);
      const result = await context.pool.reconnect(specs.length);
      results[name] = {
        allSyncedMs: result.failed > 0 ? Number.POSITIVE_INFINITY : result.lastSyncedAt - readyAt,
        p50: percentile(result.sync, 50),
        p99: percentile(result.sync, 99),
        failed: result.failed,
        peakRss: memoryOf(server.pid).peak,
        startMs: readyAt - spawnedAt,
      };
      if (result.failed > 0) context.log(`${name}: ${result.failed} failed, e.g. ${result.errors[0] ?? "?"}`);
      await context.pool.closeClients();
    } finally {
      await server.stop();
    }
  }
  const row = (name: string, unit: Figure["unit"], pick: (storm: Storm) => number | undefined): Figure => ({
    scenario: 4,
    name,
    unit,
    mesa: pick(results.mesa) ?? null,
    reference: pick(results.reference) ?? null,
  });
  const allSynced = row("all clients synced after restart", "ms", (result) => result.allSyncedMs);
  allSynced.target = { max: 5_000 };
  return [
    allSynced,
    row("per client: connect→synced p50", "ms", (result) => result.p50),
    row("per client: connect→synced p99", "ms", (result) => result.p99),
    row("clients that failed to reconnect", "count", (result) => result.failed),
    row("server peak RSS", "bytes", (result) => result.peakRss),
    row("process start → accepting", "ms", (result) => result.startMs),
  ];
}

function startServer(
  context: ScenarioContext,
  name: ServerName,
  port: number,
  dataDir: string,
): Promise<ServerProcess> {
  if (name === "reference") return startReference(port, path.join(dataDir, "server.log"), context.options.profileDir);
  return startMesa({ dataDir, port, launch: context.mesa, profileDir: context.options.profileDir });
}
