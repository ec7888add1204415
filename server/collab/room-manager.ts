import * as Y from "yjs";
import { migrateWorkspaceDoc, removesRecords } from "../../lib/collab";
import { CLOSE } from "../../lib/contract";
import type { Logger } from "../logger";
import type { Metrics, RoomStats } from "../metrics";
import type { Store } from "../store/store";
import type { Connection } from "./connection";
import type { ConnectedParticipant } from "./room-socket";
import type { CollabLimits } from "./limits";
import { closeWhenExpired } from "./link-expiry";
import { closeWhere, countByLink } from "./open-sockets";
import { encodeKeepalive } from "./protocol";
import { Room } from "./room";

export interface RoomManagerOptions {
  roomIdleMs: number;
  compactThreshold: number;
  /** A socket that sent nothing for this long gets a keepalive message. */
  keepaliveMs: number;
  metrics: Metrics;
  limits: CollabLimits;
  validateUpdates: boolean;
}

/** A workspace whose document cannot be loaded: a newer schema, damaged data, a store failure. */
export class CannotOpenError extends Error {
  constructor(
    readonly workspaceId: string,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : "the stored document could not be loaded", { cause });
    this.name = "CannotOpenError";
  }
}

interface Entry {
  /** The room once asked for: loading from the store, or waking from `snapshot`. */
  load: Promise<Room> | undefined;
  room: Room | undefined;
  /**
   * While nobody is connected the room sleeps as its compacted state: a Y.Doc of the RAND
   * workspace holds ~100 KB of Yjs objects, its encoding ~10–30 KB. Set only while asleep.
   */
  snapshot: Uint8Array | undefined;
  /** Connections waiting for the load; they keep the room from being unloaded. */
  joining: number;
  idleTimer: NodeJS.Timeout | undefined;
  unloading: Promise<void> | undefined;
}

/**
 * Owns the loaded rooms: one shared load per workspace; a room nobody is in sleeps as its
 * compacted snapshot and is unloaded after an idle grace period; keepalives for every
 * socket, and closing sockets by link.
 */
export class RoomManager {
  private readonly entries = new Map<string, Entry>();
  private readonly connections = new Set<Connection>();
  private readonly keepaliveTimer: NodeJS.Timeout;
  /** The reason each workspace that cannot open was last logged with. */
  private readonly cannotOpenLogged = new Map<string, string>();
  private readonly removalListeners = new Set<(workspaceId: string) => void>();

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly options: RoomManagerOptions,
  ) {
    // Checking ten times a period keeps the longest silence under 1.1 × keepaliveMs, and lets
    // each socket be pinged on its own schedule instead of all of them in one burst.
    this.keepaliveTimer = setInterval(() => this.keepAlive(), Math.max(10, options.keepaliveMs / 10));
    this.keepaliveTimer.unref();
  }

  /** Adds a freshly upgraded socket to its room, loading the room first if needed. */
  async join(connection: Connection): Promise<void> {
    const { workspaceId, ip } = connection.identity;
    const crowded = this.crowded(workspaceId, ip);
    this.connections.add(connection);
    // A random phase: sockets that connected together (a reconnect storm) are pinged apart.
    connection.lastPingAt = Date.now() - Math.random() * this.options.keepaliveMs;
    connection.onClose((code) => this.leave(connection, code));
    if (crowded) {
      this.logger.warn({ ...connection.identity }, crowded);
      connection.close(CLOSE.tooManySockets, crowded);
      return;
    }
    this.logger.info({ ...connection.identity }, "connection open");
    closeWhenExpired(connection);
    const entry = await this.entryFor(workspaceId);
    entry.joining++;
    try {
      const room = await this.open(workspaceId, entry);
      if (connection.isOpen) connection.attach(room);
    } catch (error) {
      connection.close(CLOSE.cannotOpen, closeReason(error));
    } finally {
      entry.joining--;
      this.scheduleUnloadIfIdle(workspaceId, entry);
    }
  }

  /**
   * Runs a change made by the server itself (the operator's rollback) on the room's queue,
   * loading the room if needed, so it is persisted and relayed like any edit. Rejects if the
   * workspace cannot be opened, or with the change's own error (the room stays open).
   */
  async serverChange(workspaceId: string, change: (doc: Y.Doc) => void | Promise<void>): Promise<void> {
    const entry = await this.entryFor(workspaceId);
    entry.joining++;
    try {
      const room = await this.open(workspaceId, entry);
      await room.run(() => change(room.doc));
    } finally {
      entry.joining--;
      this.scheduleUnloadIfIdle(workspaceId, entry);
    }
  }

  /**
   * Closes every open socket `predicate` picks (a revoked or rotated link, a removed
   * participant) with `code`, at once; returns how many it closed.
   */
  closeWhere(predicate: (connection: Connection) => boolean, code: number, reason: string): number {
    return closeWhere(this.connections, predicate, { code, reason, logger: this.logger });
  }

  /** Open sockets of one workspace, by link id. */
  openSocketsByLink(workspaceId: string): Map<string, number> {
    return countByLink(this.connections, workspaceId);
  }

  /** A participant renamed themselves: their sockets speak and show under the new name from now on. */
  renameParticipant(workspaceId: string, participantId: string, name: string): void {
    for (const connection of this.connections) {
      if (connection.identity.workspaceId === workspaceId) connection.renameParticipant(participantId, name);
    }
    this.entries.get(workspaceId)?.room?.renameParticipant(participantId, name);
  }

  /**
   * Calls `listener` (after the change, never inside it) whenever a workspace loses an
   * option, area or threat, whoever removed it.
   */
  onRecordsRemoved(listener: (workspaceId: string) => void): void {
    this.removalListeners.add(listener);
  }

  /** Participants bound to a socket in the workspace's room now (none when it is not loaded). */
  boundParticipants(workspaceId: string): ConnectedParticipant[] {
    return this.entries.get(workspaceId)?.room?.boundParticipants() ?? [];
  }

  /** Whether the room is in memory, awake or asleep. */
  isLoaded(workspaceId: string): boolean {
    const entry = this.entries.get(workspaceId);
    return entry?.room !== undefined || entry?.snapshot !== undefined;
  }

  /** Rooms in memory and open sockets by role, for the metrics. */
  stats(): RoomStats {
    const stats: RoomStats = { awake: 0, asleep: 0, sockets: { facilitator: 0, analyst: 0, viewer: 0 } };
    for (const entry of this.entries.values()) {
      if (entry.room) stats.awake++;
      else if (entry.snapshot) stats.asleep++;
    }
    for (const connection of this.connections) stats.sockets[connection.role]++;
    return stats;
  }

  /**
   * Graceful stop: close every socket (1001 makes clients reconnect to the next process),
   * force the ones that do not answer within `graceMs`, then compact and unload every room.
   */
  async shutdown(graceMs = 1_000): Promise<void> {
    clearInterval(this.keepaliveTimer);
    const open = [...this.connections];
    const closed = open.map((connection) => new Promise<void>((resolve) => connection.onClose(() => resolve())));
    for (const connection of open) connection.close(1001, "server shutting down");
    const grace = new Promise<void>((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.all(closed), grace]);
    for (const connection of this.connections) connection.terminate();
    await Promise.all([...this.entries.keys()].map((workspaceId) => this.unload(workspaceId)));
  }

  private async entryFor(workspaceId: string): Promise<Entry> {
    for (;;) {
      const existing = this.entries.get(workspaceId);
      if (existing === undefined) break;
      // A room being unloaded is compacting; wait so two instances never write one log.
      if (existing.unloading === undefined) return existing;
      await existing.unloading;
    }
    const entry: Entry = {
      load: undefined,
      room: undefined,
      snapshot: undefined,
      joining: 0,
      idleTimer: undefined,
      unloading: undefined,
    };
    this.entries.set(workspaceId, entry);
    return entry;
  }

  /** The entry's room: loaded from the store, woken from its snapshot, or the one already open. */
  private open(workspaceId: string, entry: Entry): Promise<Room> {
    if (entry.load) return entry.load;
    const snapshot = entry.snapshot;
    const load = snapshot
      ? this.openRoom(workspaceId, [snapshot], 1)
      : this.store.loadUpdates(workspaceId).then(
          (updates) => this.openRoom(workspaceId, updates, updates.length),
          (error: unknown) => Promise.reject(this.cannotOpen(workspaceId, error)),
        );
    entry.load = load;
    load.then(
      (room) => {
        entry.room = room;
        entry.snapshot = undefined;
      },
      () => {
        // A failed load must not be cached: the next join retries.
        if (this.entries.get(workspaceId) === entry) this.entries.delete(workspaceId);
      },
    );
    return load;
  }

  private async openRoom(workspaceId: string, updates: Uint8Array[], storedRows: number): Promise<Room> {
    let doc: Y.Doc | undefined;
    let room: Room | undefined;
    try {
      const rewinds = await this.store.listRewinds(workspaceId);
      doc = new Y.Doc();
      const loaded = doc;
      loaded.on("afterTransaction", (tr: Y.Transaction) => {
        if (this.removalListeners.size === 0 || !removesRecords(tr)) return;
        queueMicrotask(() => this.removalListeners.forEach((listener) => listener(workspaceId)));
      });
      loaded.transact(() => {
        for (const update of updates) Y.applyUpdate(loaded, update);
      });
      room = new Room(workspaceId, loaded, this.store, this.logger, storedRows, {
        compactThreshold: this.options.compactThreshold,
        limits: this.options.limits,
        validateUpdates: this.options.validateUpdates,
        rewinds,
        metrics: this.options.metrics,
        loadedBytes: updates.reduce((sum, update) => sum + update.length, 0),
        onFailure: (failed) => this.discard(workspaceId, failed),
      });
      // Runs on the room queue so a migration's changes are persisted like any other edit.
      await room.run(() => {
        if (migrateWorkspaceDoc(loaded)) this.logger.info({ workspaceId }, "migrated workspace document");
      });
    } catch (error) {
      if (room) room.destroy();
      else doc?.destroy();
      throw this.cannotOpen(workspaceId, error);
    }
    this.cannotOpenLogged.delete(workspaceId);
    this.logger.debug({ workspaceId, updates: updates.length }, "room loaded");
    return room;
  }

  /** Logs a workspace that cannot open once per reason, not on every client retry. */
  private cannotOpen(workspaceId: string, error: unknown): CannotOpenError {
    const failure = new CannotOpenError(workspaceId, error);
    if (this.cannotOpenLogged.get(workspaceId) !== failure.message) {
      this.cannotOpenLogged.set(workspaceId, failure.message);
      this.logger.error({ err: error, workspaceId }, "workspace cannot be opened");
    }
    return failure;
  }

  /** Why a socket may not join, if it may not: too many sockets in its room or from its address. */
  private crowded(workspaceId: string, ip: string): string | undefined {
    const { socketsPerRoom, socketsPerIp } = this.options.limits;
    let inRoom = 0;
    let fromIp = 0;
    for (const connection of this.connections) {
      if (connection.identity.workspaceId === workspaceId) inRoom++;
      if (connection.identity.ip === ip) fromIp++;
    }
    if (inRoom >= socketsPerRoom) return `this workspace has its ${socketsPerRoom} connections: try later`;
    if (fromIp >= socketsPerIp) return `too many connections from one address (${socketsPerIp}): close some`;
    return undefined;
  }

  private leave(connection: Connection, code: number): void {
    this.connections.delete(connection);
    const { workspaceId } = connection.identity;
    this.logger.info({ ...connection.identity, code }, "connection closed");
    const entry = this.entries.get(workspaceId);
    entry?.room?.remove(connection);
    if (entry) this.scheduleUnloadIfIdle(workspaceId, entry);
  }

  private scheduleUnloadIfIdle(workspaceId: string, entry: Entry): void {
    if (entry.joining > 0 || (entry.room?.size ?? 0) > 0 || entry.unloading) {
      clearTimeout(entry.idleTimer);
      entry.idleTimer = undefined;
      return;
    }
    if (entry.idleTimer) return;
    void this.hibernate(workspaceId, entry);
    entry.idleTimer = setTimeout(() => {
      entry.idleTimer = undefined;
      if (entry.joining === 0 && (entry.room?.size ?? 0) === 0) void this.unload(workspaceId);
    }, this.options.roomIdleMs);
    entry.idleTimer.unref();
  }

  /**
   * Compacts an empty room and keeps only its snapshot. The compaction runs on the room's
   * queue, so anything still pending is persisted first; whoever joined meanwhile keeps it awake.
   */
  private async hibernate(workspaceId: string, entry: Entry): Promise<void> {
    const room = entry.room;
    if (!room) return;
    try {
      await room.compact();
    } catch (error) {
      this.logger.error({ err: error, workspaceId }, "could not compact an idle room");
      return;
    }
    const stillIdle = entry.joining === 0 && room.size === 0 && !entry.unloading;
    if (!stillIdle || entry.room !== room || this.entries.get(workspaceId) !== entry) return;
    entry.snapshot = Y.encodeStateAsUpdate(room.doc);
    entry.room = undefined;
    entry.load = undefined;
    room.destroy();
    this.logger.debug({ workspaceId, bytes: entry.snapshot.length }, "room asleep");
  }

  private unload(workspaceId: string): Promise<void> {
    const entry = this.entries.get(workspaceId);
    if (!entry) return Promise.resolve();
    if (entry.unloading) return entry.unloading;
    clearTimeout(entry.idleTimer);
    entry.unloading = (async () => {
      try {
        // An asleep room was compacted when it fell asleep; there is nothing left to write.
        if (entry.load) {
          const room = await entry.load;
          await room.compact();
          room.destroy();
        }
        this.logger.debug({ workspaceId }, "room unloaded");
      } catch (error) {
        this.logger.error({ err: error, workspaceId }, "room unload failed");
      } finally {
        this.entries.delete(workspaceId);
      }
    })();
    return entry.unloading;
  }

  private discard(workspaceId: string, room: Room): void {
    const entry = this.entries.get(workspaceId);
    if (entry?.room === room) this.entries.delete(workspaceId);
    room.destroy();
  }

  /**
   * Pings each socket once per keepaliveMs (pinging thousands of sockets at once is a burst
   * of writes that stalls every room for tens of milliseconds), sends a keepalive message to
   * sockets that heard nothing for keepaliveMs, and drops sockets that stopped answering.
   */
  private keepAlive(): void {
    const now = Date.now();
    const { keepaliveMs } = this.options;
    let frame: Uint8Array | undefined;
    for (const connection of this.connections) {
      if (now - connection.lastPongAt > 2 * keepaliveMs + 1_000) {
        this.logger.info({ ...connection.identity }, "terminating unresponsive socket");
        connection.terminate();
        continue;
      }
      if (now - connection.lastPingAt >= keepaliveMs) connection.ping();
      if (now - connection.lastSentAt >= keepaliveMs) connection.send((frame ??= encodeKeepalive()));
    }
  }
}

/** A close reason fits in 123 bytes of UTF-8. */
function closeReason(error: unknown): string {
  const message = error instanceof Error ? error.message : "the workspace could not be loaded";
  const encoded = Buffer.from(message, "utf8");
  return encoded.length <= 123
    ? message
    : `${encoded
        .subarray(0, 119)
        .toString("utf8")
        .replace(/\uFFFD*$/, "")}…`;
}
