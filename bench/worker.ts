/**
 * A load-generator process (forked by bench/pool.ts, one per core): holds a share of the
 * clients, sends their edits on a schedule and records latency at every receiver.
 */
import * as Y from "yjs";
import { authorOf, LeanClient, RoomStates, type ClientSpec } from "./lean-client";
import { seededRandom } from "../lib/domain/seeded-random";
import { CELLS, Rater } from "./rating-edits";
import { createHistogram, record, serialize, type Histogram } from "./stats";
import type { ConnectResult, EditReport, EditRequest, WorkerReply, WorkerRequest } from "./worker-messages";
import { StampReader, SYNC_UPDATE, syncFrame, wallNow } from "./wire";

const states = new RoomStates();
const stamps = new StampReader();
let clients: LeanClient[] = [];
const raters = new Map<LeanClient, Rater>();
/** One document per room for this worker's writers, current with the server's state. */
const roomDocs = new Map<string, Y.Doc>();
const loadedRooms = new Set<string>();

/**
 * Each worker rates its own share of the cells, and its writers build on one shared copy
 * per room, so an edit always lands on the cell's latest value (as a synced provider's
 * would). Writers in different processes would otherwise overwrite values they have not
 * seen yet, and the losing rating, stamp included, is garbage-collected on the server.
 */
const workerIndex = Number(process.env.BENCH_WORKER_INDEX ?? 0);
const workerCount = Number(process.env.BENCH_WORKERS ?? 1);
const ownCells = CELLS.filter((_, index) => index % workerCount === workerIndex);
const cells = ownCells.length > 0 ? ownCells : CELLS;

interface Measuring {
  start: number;
  end: number;
  latency: Histogram;
  viewerLatency: Histogram;
  received: number;
  echoes: number;
  unstamped: number;
}
let measuring: Measuring | undefined;
let unexpectedCloses = 0;

const hooks = {
  onUpdate(client: LeanClient, update: Uint8Array, receivedAt: number): void {
    if (!measuring) return;
    const stamp = stamps.read(update);
    if (!stamp) {
      measuring.unstamped++;
      return;
    }
    if (stamp.by === authorOf(client.spec)) {
      measuring.echoes++;
      return;
    }
    if (stamp.at < measuring.start || stamp.at >= measuring.end) return;
    measuring.received++;
    record(measuring.latency, receivedAt - stamp.at);
    if (!client.spec.writer) record(measuring.viewerLatency, receivedAt - stamp.at);
  },
  onSynced(client: LeanClient, state: Uint8Array): void {
    const doc = roomDocs.get(client.spec.room);
    if (!client.spec.writer || !doc || loadedRooms.has(client.spec.room)) return;
    Y.applyUpdate(doc, state, "remote");
    loadedRooms.add(client.spec.room);
  },
  onUnexpectedClose(): void {
    unexpectedCloses++;
  },
};

async function connectAll(targets: LeanClient[], concurrency: number): Promise<ConnectResult> {
  const sync = createHistogram();
  const errors: string[] = [];
  let failed = 0;
  let next = 0;
  let lastSyncedAt = 0;
  const lane = async () => {
    for (let index = next++; index < targets.length; index = next++) {
      const client = targets[index];
      if (!client) continue;
      try {
        record(sync, await client.connect());
        lastSyncedAt = Math.max(lastSyncedAt, wallNow());
      } catch (error) {
        failed++;
        if (errors.length < 5) errors.push(`${client.spec.url.split("?")[0]}: ${(error as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, lane));
  return { connected: targets.length - failed, failed, errors, sync: serialize(sync), lastSyncedAt };
}

function connect(specs: ClientSpec[], concurrency: number): Promise<ConnectResult> {
  const added = specs.map((spec) => new LeanClient(spec, states, hooks));
  for (const client of added) {
    if (!client.spec.writer) continue;
    let doc = roomDocs.get(client.spec.room);
    if (!doc) {
      doc = new Y.Doc();
      roomDocs.set(client.spec.room, doc);
    }
    raters.set(client, new Rater(authorOf(client.spec), seededRandom(hash(client.spec.id)), doc, cells));
  }
  clients.push(...added);
  return connectAll(added, concurrency);
}

/** Sends every writer's edits round-robin at the requested rate, then reports. */
async function edit(request: EditRequest): Promise<EditReport> {
  const start = request.startAt + request.warmupMs;
  const end = start + request.durationMs;
  measuring = {
    start,
    end,
    latency: createHistogram(),
    viewerLatency: createHistogram(),
    received: 0,
    echoes: 0,
    unstamped: 0,
  };
  unexpectedCloses = 0;
  const writers = clients.filter((client) => raters.has(client));
  const sentByRoom: Record<string, number> = {};
  let sent = 0;
  if (writers.length > 0 && request.ratePerWriter > 0) {
    const interval = 1_000 / (request.ratePerWriter * writers.length);
    let due = 0;
    await new Promise<void>((resolve) => {
      const tick = () => {
        const now = wallNow();
        if (now >= end) return resolve();
        const target = Math.floor((now - request.startAt) / interval);
        for (; due <= target; due++) {
          const writer = writers[due % writers.length];
          const rater = writer && raters.get(writer);
          if (!writer || !rater || !writer.isOpen) continue;
          const at = wallNow();
          writer.send(syncFrame(SYNC_UPDATE, rater.rate(at)));
          if (at >= start) {
            sent++;
            sentByRoom[writer.spec.room] = (sentByRoom[writer.spec.room] ?? 0) + 1;
          }
        }
        setTimeout(tick, Math.max(0, request.startAt + due * interval - wallNow()));
      };
      setTimeout(tick, Math.max(0, request.startAt - wallNow()));
    });
  } else {
    await sleep(Math.max(0, end - wallNow()));
  }
  await sleep(request.drainMs);
  const done = measuring;
  measuring = undefined;
  return {
    latency: serialize(done.latency),
    viewerLatency: serialize(done.viewerLatency),
    received: done.received,
    echoes: done.echoes,
    unstamped: done.unstamped,
    sent,
    sentByRoom,
    unexpectedCloses,
  };
}

async function visit(specs: ClientSpec[]): Promise<ConnectResult> {
  const sync = createHistogram();
  const errors: string[] = [];
  let failed = 0;
  for (const spec of specs) {
    const client = new LeanClient(spec, states, hooks);
    try {
      record(sync, await client.connect());
    } catch (error) {
      failed++;
      if (errors.length < 5) errors.push(`${spec.url.split("?")[0]}: ${(error as Error).message}`);
    }
    await client.close();
  }
  return { connected: specs.length - failed, failed, errors, sync: serialize(sync), lastSyncedAt: wallNow() };
}

async function closeAll(): Promise<void> {
  await Promise.all(clients.map((client) => client.close()));
  raters.clear();
  for (const doc of roomDocs.values()) doc.destroy();
  roomDocs.clear();
  loadedRooms.clear();
  clients = [];
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.op) {
    case "connect":
      return connect(request.clients, request.concurrency);
    case "visit":
      return visit(request.clients);
    case "edit":
      return edit(request);
    case "close":
      return closeAll();
    case "expect-close":
      for (const client of clients) client.expectClose();
      return undefined;
    case "reconnect":
      return connectAll(clients, request.concurrency);
  }
}

process.on("message", (request: WorkerRequest & { seq: number }) => {
  handle(request).then(
    (result) => reply({ seq: request.seq, ok: true, result }),
    (error: unknown) => reply({ seq: request.seq, ok: false, error: (error as Error).stack ?? String(error) }),
  );
});
process.on("disconnect", () => process.exit(0));

function reply(message: WorkerReply): void {
  process.send?.(message);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function hash(text: string): number {
  let value = 2166136261;
  for (const char of text) value = Math.imul(value ^ char.charCodeAt(0), 16777619);
  return value >>> 0;
}
