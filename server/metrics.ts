import { createHash, timingSafeEqual } from "node:crypto";
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import { CLOSE, REFUSAL_CODES, ROLES, type RefusalCode, type Role } from "../lib/contract";

/** What the room manager holds right now; read on every scrape. */
export interface RoomStats {
  awake: number;
  asleep: number;
  sockets: Record<Role, number>;
}

export type StoreOperation = "append" | "replace" | "load";

/**
 * Close codes reported as themselves: the server's own, plus a client's normal close (1000),
 * no code (1005) and no close frame (1006). A client may close with any code from 3000 to
 * 4999, and each would otherwise become a series of its own.
 */
const REPORTED_CLOSE_CODES = new Set<number>([1000, 1005, 1006, ...Object.values(CLOSE)]);

/**
 * Everything /metrics reports, on a registry of its own: tests start several servers in
 * one process, and prom-client's global registry would make them share (and collide on)
 * one set of metrics.
 */
export interface Metrics {
  readonly registry: Registry;
  /** A frame arrived on a collaboration socket. */
  frameReceived(bytes: number): void;
  /** A document update (sync step 2 or update) arrived from a client. */
  updateReceived(): void;
  /** Update frames sent to peers after an update was stored. */
  updatesRelayed(frames: number): void;
  updateRefused(reason: RefusalCode): void;
  /** A socket closed: with the code the server sent if it closed it, else the client's. */
  socketClosed(code: number): void;
  storeOperation(operation: StoreOperation, seconds: number): void;
  /** Reads the gauges of loaded rooms and open sockets from `read` at every scrape. */
  watchRooms(read: () => RoomStats): void;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  // Process defaults, including nodejs_eventloop_lag_* from monitorEventLoopDelay.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  let readRooms: (() => RoomStats) | undefined;

  new Gauge({
    name: "mesa_rooms_loaded",
    help: "Workspaces in memory: awake (someone connected) or asleep (kept as a compacted snapshot).",
    labelNames: ["state"] as const,
    registers,
    collect() {
      const stats = readRooms?.();
      this.set({ state: "awake" }, stats?.awake ?? 0);
      this.set({ state: "asleep" }, stats?.asleep ?? 0);
    },
  });
  new Gauge({
    name: "mesa_sockets_open",
    help: "Open collaboration sockets, by the role of their link.",
    labelNames: ["role"] as const,
    registers,
    collect() {
      const stats = readRooms?.();
      for (const role of ROLES) this.set({ role }, stats?.sockets[role] ?? 0);
    },
  });
  const updatesReceived = new Counter({
    name: "mesa_updates_received_total",
    help: "Document updates (sync step 2 and update messages) received from clients.",
    registers,
  });
  const updatesRelayed = new Counter({
    name: "mesa_updates_relayed_total",
    help: "Update frames sent to peers after the update was stored.",
    registers,
  });
  const updatesRefused = new Counter({
    name: "mesa_updates_refused_total",
    help: "Client writes the server refused, by refusal code (lib/contract REFUSAL_CODES).",
    labelNames: ["reason"] as const,
    registers,
  });
  // Every reason is reported from the start, so a rate over a fresh process is not empty.
  for (const reason of REFUSAL_CODES) updatesRefused.inc({ reason }, 0);
  const bytesReceived = new Counter({
    name: "mesa_bytes_received_total",
    help: "Bytes of every frame received on collaboration sockets.",
    registers,
  });
  const socketsClosed = new Counter({
    name: "mesa_sockets_closed_total",
    help: "Collaboration sockets closed, by close code (the server's if it closed the socket).",
    labelNames: ["code"] as const,
    registers,
  });
  const storeSeconds = new Histogram({
    name: "mesa_store_operation_seconds",
    help: "Time from a room's store call to its completion (an append waits for its group commit).",
    labelNames: ["operation"] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
    registers,
  });

  return {
    registry,
    frameReceived: (bytes) => bytesReceived.inc(bytes),
    updateReceived: () => updatesReceived.inc(),
    updatesRelayed: (frames) => {
      if (frames > 0) updatesRelayed.inc(frames);
    },
    updateRefused: (reason) => updatesRefused.inc({ reason }),
    socketClosed: (code) => socketsClosed.inc({ code: REPORTED_CLOSE_CODES.has(code) ? String(code) : "other" }),
    storeOperation: (operation, seconds) => storeSeconds.observe({ operation }, seconds),
    watchRooms: (read) => {
      readRooms = read;
    },
  };
}

/**
 * Whether an `Authorization` header carries the metrics token. Both sides are hashed first,
 * so the comparison takes the same time whatever the length or content of the guess.
 */
export function hasMetricsToken(authorization: string | undefined, token: string): boolean {
  const presented = /^Bearer\s+(\S+)$/i.exec(authorization ?? "")?.[1] ?? "";
  const digest = (text: string) => createHash("sha256").update(text).digest();
  return timingSafeEqual(digest(presented), digest(token));
}
