import * as Y from "yjs";
import { migrateWorkspaceDoc } from "../../lib/collab";
import type { Logger } from "../logger";
import type { Metrics, RoomStats } from "../metrics";
import type { Store } from "../store/store";
import type { Connection } from "./connection";
import { encodeKeepalive } from "./protocol";
import { Room } from "./room";

export interface RoomManagerOptions {
  roomIdleMs: number;
  compactThreshold: number;
  /** A socket that sent nothing for this long gets a keepalive message. */
  keepaliveMs: number;
  metrics: Metrics;
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
    const { workspaceId } = connection.identity;
    this.connections.add(connection);
    // A random phase: sockets that connected together (a reconnect storm) are pinged apart.
    connection.lastPingAt = Date.now() - Math.random() * this.options.keepaliveMs;
    connection.onClose((code) => this.leave(connection, code));
    this.logger.info({ ...connection.identity }, "connection open");
    const entry = await this.entryFor(workspaceId);
    entry.joining++;
    try {
      const room = await this.open(workspaceId, entry);
      if (connection.isOpen) connection.attach(room);
    } catch (error) {
      this.logger.error({ err: error, workspaceId }, "could not load workspace");
      connection.close(1011, "could not load the workspace");
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
      let outcome: { error: unknown } | undefined;
      await room.run(async () => {
        try {
          await change(room.doc);
          outcome = { error: undefined };
        } catch (error) {
          outcome = { error };
        }
      });
      if (outcome === undefined) throw new Error(`The room of workspace ${workspaceId} failed before the change ran.`);
      if (outcome.error !== undefined) throw outcome.error;
    } finally {
      entry.joining--;
      this.scheduleUnloadIfIdle(workspaceId, entry);
    }
  }

  /** Closes every socket opened with this link (e.g. after the link is revoked). */
  closeLink(linkId: string, code = 4403, reason = "link revoked"): number {
    let closed = 0;
    for (const connection of this.connections) {
      if (connection.linkId !== linkId) continue;
      connection.close(code, reason);
      closed++;
    }
    return closed;
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
      : this.store.loadUpdates(workspaceId).then((updates) => this.openRoom(workspaceId, updates, updates.length));
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
    const doc = new Y.Doc();
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    const room = new Room(workspaceId, doc, this.store, this.logger, storedRows, {
      compactThreshold: this.options.compactThreshold,
      onFailure: (failed) => this.discard(workspaceId, failed),
      metrics: this.options.metrics,
    });
    // Runs on the room queue so a migration's changes are persisted like any other edit.
    await room.run(() => {
      if (migrateWorkspaceDoc(doc)) this.logger.info({ workspaceId }, "migrated workspace document");
    });
    this.logger.debug({ workspaceId, updates: updates.length }, "room loaded");
    return room;
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
    void this.sleep(workspaceId, entry);
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
  private async sleep(workspaceId: string, entry: Entry): Promise<void> {
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
