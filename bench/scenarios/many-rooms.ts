import { memoryOf } from "../proc-stats";
import type { Figure } from "../report";
import type { ServerProcess } from "../servers";
import {
  clientSpecs,
  connectOrFail,
  measureEdits,
  roomsFor,
  sleep,
  startSystem,
  waitFor,
  type EditWindow,
  type RoomRef,
  type ScenarioContext,
} from "./common";
import { editFigures, type PerSystem } from "./edit-figures";

/** Time allowed for idle rooms to unload; the target is 30 s. */
const UNLOAD_WAIT_MS = 45_000;

interface ManyRooms {
  window: EditWindow;
  /** RSS added per loaded room with no client in it, in bytes. */
  idleRoomBytes: number;
  /** Slowest unload after the last client left, in seconds; undefined if the server never unloads. */
  unloadSeconds: number | undefined;
  unloaded: number;
}

/** 2. Many small rooms: idle-room memory, a spread-out edit load, then unloading once everyone leaves. */
export async function manyRooms(context: ScenarioContext): Promise<Figure[]> {
  const { rooms: roomCount, roomClients, roomsRate } = context.options.sizes;
  const results = {} as PerSystem<ManyRooms>;
  for (const name of context.systems) {
    // Debug level adds only per-room lines (load, unload, compaction): it is how unloads are seen.
    const server = await startSystem(context, name, { logLevel: "debug" });
    try {
      const rooms = await roomsFor(server, roomCount);
      const idleRoomBytes = await idleRoomMemory(context, server, rooms);
      const specs = await clientSpecs(server, rooms, roomClients, { role: "analyst", presence: true }, "m");
      await connectOrFail(context, specs, "room clients");
      const ratePerWriter = roomsRate / specs.length;
      context.log(`${name}: ${roomCount} rooms × ${roomClients} clients, ${roomsRate} updates/s in total`);
      const sizes = new Map(rooms.map((room) => [room.id, roomClients]));
      const window = await measureEdits(context, server, sizes, ratePerWriter);
      const unload = await closeAndWatchUnloads(context, server, rooms);
      results[name] = { window, idleRoomBytes, ...unload };
    } finally {
      await server.stop();
    }
  }
  const figures = editFigures(
    { mesa: results.mesa.window, reference: results.reference.window },
    { scenario: 2, latencyOf: "all", p99Target: { max: 10, vsReference: "at-most" } },
  );
  figures.push(
    {
      scenario: 2,
      name: "RSS per idle loaded room",
      unit: "bytes",
      mesa: results.mesa.idleRoomBytes,
      reference: results.reference.idleRoomBytes,
      target: { max: 60 * 1024 },
    },
    {
      scenario: 2,
      name: "idle room unloaded after (slowest)",
      unit: "s",
      mesa: results.mesa.unloadSeconds ?? null,
      reference: null,
      target: { max: 30 },
      note:
        `Mesa unloaded ${results.mesa.unloaded} of ${roomCount} rooms within ${UNLOAD_WAIT_MS / 1_000} s; ` +
        "the reference in its in-memory mode keeps every document until the process exits",
    },
  );
  return figures;
}

/**
 * Each room is visited by one client that syncs and leaves (one visit at a time per load
 * generator, so garbage stays short-lived); (RSS after − RSS before) ÷ rooms is then what an
 * idle loaded room keeps, plus whatever garbage the collector has not handed back yet. The
 * visitors also seed the reference's rooms with the RAND document Mesa's rooms hold.
 */
async function idleRoomMemory(context: ScenarioContext, server: ServerProcess, rooms: RoomRef[]): Promise<number> {
  await sleep(1_000);
  const before = memoryOf(server.pid).rss;
  // Visitors only sync: registering 1,000 participants would add store work to the RSS figure.
  const plan = { role: "analyst", writes: false, presence: false, seed: true } as const;
  const specs = await clientSpecs(server, rooms, 1, plan, "idle");
  const visited = await context.pool.visit(specs);
  if (visited.failed > 0) throw new Error(`${visited.failed} room visits failed: ${visited.errors.join("; ")}`);
  await sleep(2_000);
  return (memoryOf(server.pid).rss - before) / rooms.length;
}

async function closeAndWatchUnloads(
  context: ScenarioContext,
  server: ServerProcess,
  rooms: RoomRef[],
): Promise<{ unloadSeconds: number | undefined; unloaded: number }> {
  const waiting = new Set(rooms.map((room) => room.id));
  let slowest = 0;
  const leftAt = Date.now();
  const stopWatching = server.onLog((entry) => {
    if (entry.msg !== "room unloaded" || typeof entry.workspaceId !== "string" || typeof entry.time !== "number")
      return;
    if (!waiting.delete(entry.workspaceId)) return;
    slowest = Math.max(slowest, (entry.time - leftAt) / 1_000);
  });
  await context.pool.closeClients();
  if (server.name === "reference") {
    stopWatching();
    return { unloadSeconds: undefined, unloaded: 0 };
  }
  await waitFor(() => waiting.size === 0, UNLOAD_WAIT_MS);
  stopWatching();
  return {
    unloadSeconds: waiting.size === 0 ? slowest : Number.POSITIVE_INFINITY,
    unloaded: rooms.length - waiting.size,
  };
}
