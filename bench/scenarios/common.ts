import { mkdtempSync } from "node:fs";
import path from "node:path";
import * as Y from "yjs";
import { createWorkspaceDoc } from "../../lib/collab";
import { registeredParticipantSchema, type RegisteredParticipant } from "../../lib/contract";
import type { CombinedEdits } from "../aggregate";
import type { ClientSpec } from "../lean-client";
import type { BenchOptions } from "../options";
import type { WorkerPool } from "../pool";
import { UsageSampler, type Usage } from "../proc-stats";
import {
  freePort,
  startMesa,
  startReference,
  type MesaLaunch,
  type MesaStart,
  type ServerName,
  type ServerProcess,
} from "../servers";
import { wallNow } from "../wire";

export interface ScenarioContext {
  options: BenchOptions;
  /** The servers in the order this repetition runs them (alternating, so neither always goes first). */
  systems: readonly ServerName[];
  mesa: MesaLaunch;
  pool: WorkerPool;
  /** A temporary folder for this run; each server gets its own DATA_DIR below it. */
  tmp: string;
  log(message: string): void;
}

export const SYSTEMS: readonly ServerName[] = ["mesa", "reference"];

/** Mesa first in even repetitions, the reference first in odd ones. */
export function systemsFor(repetition: number): readonly ServerName[] {
  return repetition % 2 === 0 ? SYSTEMS : [...SYSTEMS].reverse();
}

/** A room as the clients see it: its key, and for Mesa the link tokens of each role. */
export interface RoomRef {
  id: string;
  analyst?: string;
  viewer?: string;
}

export async function startSystem(
  context: ScenarioContext,
  name: ServerName,
  mesa: Partial<Omit<MesaStart, "port" | "launch">> = {},
): Promise<ServerProcess> {
  const port = await freePort();
  const dir = mkdtempSync(path.join(context.tmp, `${name}-`));
  const { profileDir } = context.options;
  if (name === "reference") return startReference(port, path.join(dir, "server.log"), profileDir);
  return startMesa({ dataDir: dir, port, launch: context.mesa, profileDir, ...mesa });
}

interface CreatedWorkspace {
  id: string;
  tokens: { facilitator: string; analyst: string; viewer: string };
}

/** Runs `task` on every item, at most `concurrency` at a time; results keep the items' order. */
export async function mapBounded<T, R>(
  items: readonly T[],
  concurrency: number,
  task: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const lane = async () => {
    for (let index = next++; index < items.length; index = next++) {
      results[index] = await task(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, lane));
  return results;
}

/** Creates `count` RAND-template workspaces through the API (Mesa), `concurrency` at a time. */
export function createWorkspaces(server: ServerProcess, count: number, concurrency = 8): Promise<RoomRef[]> {
  return mapBounded(Array.from({ length: count }), concurrency, async (_, index) => {
    const response = await fetch(`${server.httpUrl}/api/workspaces`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: `Bench ${index}`, template: "rand-mexico-2009" }),
    });
    if (response.status !== 201) {
      throw new Error(`POST /api/workspaces answered ${response.status}: ${await response.text()}`);
    }
    const created = (await response.json()) as CreatedWorkspace;
    return { id: created.id, analyst: created.tokens.analyst, viewer: created.tokens.viewer };
  });
}

/** Registers one participant with a link token (Mesa), as the page does before it writes. */
export async function registerParticipant(
  server: ServerProcess,
  workspaceId: string,
  linkToken: string,
  name: string,
): Promise<RegisteredParticipant> {
  const response = await fetch(`${server.httpUrl}/api/workspaces/${workspaceId}/participants`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${linkToken}` },
    body: JSON.stringify({ name }),
  });
  if (response.status !== 201) {
    throw new Error(
      `POST /api/workspaces/${workspaceId}/participants answered ${response.status}: ${await response.text()}`,
    );
  }
  return registeredParticipantSchema.parse(await response.json());
}

/** Rooms for the server under test: Mesa workspaces, or plain room names for the reference. */
export async function roomsFor(server: ServerProcess, count: number): Promise<RoomRef[]> {
  if (server.name === "mesa") return createWorkspaces(server, count);
  return Array.from({ length: count }, (_, index) => ({ id: `bench-room-${index}` }));
}

let template: Uint8Array | undefined;

/** The RAND workspace document, so reference rooms hold what Mesa's rooms hold. */
export function templateUpdate(): Uint8Array {
  template ??= Y.encodeStateAsUpdate(
    createWorkspaceDoc({ title: "Bench", template: "rand-mexico-2009", createdAt: Date.now() }),
  );
  return template;
}

/** Participant registrations in flight at once: 200 writers register in a few batches. */
const REGISTER_CONCURRENCY = 16;

export interface ClientPlan {
  role: "analyst" | "viewer";
  /**
   * Analysts write unless this is false. On Mesa each writer first registers a participant
   * (one API call) and binds its socket to it: the server accepts writes only from bound
   * sockets. Clients that only sync (room visits) skip the call.
   */
  writes?: boolean;
  presence: boolean;
  keepState?: boolean;
  /** Seed reference rooms with the template through this client (the first of each room). */
  seed?: boolean;
}

/** `perRoom` clients for each room; ids are unique across the run. Mesa writers come bound to a participant. */
export async function clientSpecs(
  server: ServerProcess,
  rooms: readonly RoomRef[],
  perRoom: number,
  plan: ClientPlan,
  idPrefix: string,
): Promise<ClientSpec[]> {
  const writer = plan.role === "analyst" && plan.writes !== false;
  const clients = rooms.flatMap((room) =>
    Array.from({ length: perRoom }, (_, index) => ({
      room,
      index,
      id: `${idPrefix}-${room.id}-${index}`,
      token: plan.role === "analyst" ? room.analyst : room.viewer,
    })),
  );
  const bind = writer && server.name === "mesa";
  return mapBounded(clients, REGISTER_CONCURRENCY, async ({ room, index, id, token }) => {
    const participant = bind && token ? await registerParticipant(server, room.id, token, id) : undefined;
    return {
      id,
      participantId: participant?.participantId,
      url: server.socketUrl(room.id, token, participant?.participantToken),
      room: room.id,
      writer,
      presence: plan.presence,
      keepState: plan.keepState ?? false,
      seed: plan.seed && index === 0 && server.name === "reference" ? templateUpdate() : undefined,
    };
  });
}

/**
 * Connects (clients that seed a reference room first, so everyone else syncs the seeded
 * document) and fails the run if any client could not: every later figure would be wrong.
 */
export async function connectOrFail(context: ScenarioContext, specs: readonly ClientSpec[], what: string) {
  const seeders = specs.filter((spec) => spec.seed);
  const seeded = seeders.length > 0 ? await context.pool.connect(seeders) : undefined;
  const result = await context.pool.connect(specs.filter((spec) => !spec.seed));
  const failed = result.failed + (seeded?.failed ?? 0);
  if (failed > 0) {
    const errors = [...(seeded?.errors ?? []), ...result.errors];
    throw new Error(`${failed} of ${specs.length} ${what} could not connect: ${errors.join("; ")}`);
  }
  return result;
}

export interface EditWindow {
  edits: CombinedEdits;
  server: Usage;
  /** The busiest load generator's CPU, as % of one core: near 100 means latencies include its own queueing. */
  generatorCpu: number;
  seconds: number;
}

/** Runs one measured edit window on every worker while sampling the server's and workers' CPU and RSS. */
export async function measureEdits(
  context: ScenarioContext,
  server: ServerProcess,
  roomSizes: ReadonlyMap<string, number>,
  ratePerWriter: number,
): Promise<EditWindow> {
  const { duration, warmup } = context.options.sizes;
  const startAt = wallNow() + 500;
  const windowStart = startAt + warmup * 1_000;
  const edits = context.pool.edit(
    {
      startAt,
      warmupMs: warmup * 1_000,
      durationMs: duration * 1_000,
      drainMs: context.options.quick ? 1_000 : 2_000,
      ratePerWriter,
    },
    roomSizes,
  );
  await sleep(windowStart - wallNow());
  const serverSampler = new UsageSampler(server.pid);
  const generatorSamplers = context.pool.pids.map((pid) => new UsageSampler(pid));
  await sleep(windowStart + duration * 1_000 - wallNow());
  const usage = serverSampler.stop();
  const generatorCpu = Math.max(...generatorSamplers.map((sampler) => sampler.stop().cpuPercent));
  return { edits: await edits, server: usage, generatorCpu, seconds: duration };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

/** Polls `check` every 50 ms until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
