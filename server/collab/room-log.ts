import * as Y from "yjs";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { Store } from "../store/store";
import { encodeSyncUpdate } from "./protocol";
import type { RoomSocket } from "./room-socket";

interface PendingUpdate {
  update: Uint8Array;
  /** The socket that sent it, which already has it; undefined: relay to every socket. */
  from: RoomSocket | undefined;
  /** The participant it is stored under, for the audit. */
  author: string | undefined;
}

/** A store call failed: the room stops, since it can no longer keep "persist, then relay". */
export class StoreFailure extends Error {
  constructor(cause: unknown) {
    super("the store failed", { cause });
    this.name = "StoreFailure";
  }
}

/**
 * A room's persistence and relay, in that order: updates wait here until the store holds
 * them, then go to every socket but their sender. Also compacts the log and keeps an
 * estimate of the document's encoded size for the size limit.
 */
export class RoomLog {
  private pending: PendingUpdate[] = [];
  /** Encoded size of the last snapshot plus every update added since: an upper bound. */
  private estimatedBytes: number;

  constructor(
    private readonly workspaceId: string,
    private readonly doc: Y.Doc,
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
    private storedRows: number,
    private readonly compactThreshold: number,
    loadedBytes: number,
  ) {
    this.estimatedBytes = loadedBytes;
  }

  get size(): number {
    return this.pending.length;
  }

  add(update: Uint8Array, from: RoomSocket | undefined, author: string | undefined): void {
    this.pending.push({ update, from, author });
    this.estimatedBytes += update.length;
  }

  /** Forgets what was added since `size` was `mark`: a refused update is replaced by its net change. */
  truncate(mark: number): void {
    this.pending.length = Math.min(mark, this.pending.length);
  }

  /** The document's encoded size after `extra` more bytes, exact once the estimate nears `limit`. */
  sizeAfter(extra: number, limit: number): number {
    if (this.estimatedBytes + extra <= limit) return this.estimatedBytes + extra;
    this.estimatedBytes = Y.encodeStateAsUpdate(this.doc).length;
    return this.estimatedBytes + extra;
  }

  /** Stores everything pending (one group commit), then relays it; compacts past the threshold. */
  async persist(sockets: ReadonlySet<RoomSocket>): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      const now = Date.now();
      try {
        await Promise.all(
          batch.map((item) => this.store.appendUpdate(this.workspaceId, item.update, now, item.author)),
        );
      } catch (error) {
        throw new StoreFailure(error);
      }
      this.storedRows += batch.length;
      let relayed = 0;
      for (const { update, from } of batch) {
        const frame = encodeSyncUpdate(update);
        for (const socket of sockets) {
          if (socket === from) continue;
          socket.send(frame);
          relayed++;
        }
      }
      this.metrics.updatesRelayed(relayed);
    }
    if (this.storedRows > this.compactThreshold) await this.compact();
  }

  /** Replaces the update log with one snapshot of the document. */
  async compact(): Promise<void> {
    if (this.storedRows <= 1) return;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    try {
      await this.store.replaceUpdates(this.workspaceId, snapshot, Date.now());
    } catch (error) {
      throw new StoreFailure(error);
    }
    this.logger.debug({ workspaceId: this.workspaceId, rows: this.storedRows }, "compacted update log");
    this.storedRows = 1;
    this.estimatedBytes = snapshot.length;
  }
}
