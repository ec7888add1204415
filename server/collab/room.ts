import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { Store } from "../store/store";
import type { ClientMessage } from "./protocol";
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2Reply, encodeSyncUpdate } from "./protocol";
import type { Peer } from "./peer";

interface PendingUpdate {
  update: Uint8Array;
  origin: unknown;
}

export interface RoomOptions {
  compactThreshold: number;
  /** Called once when the store failed: the manager drops the room without compacting it. */
  onFailure: (room: Room) => void;
  metrics: Metrics;
}

/**
 * One loaded workspace document. Everything that reads or writes the document runs on one
 * serial task queue, and every task starts and ends by persisting pending updates, so no
 * peer is ever sent state the store does not hold yet ("persist, then broadcast").
 */
export class Room {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly peers = new Set<Peer>();
  private pending: PendingUpdate[] = [];
  /** Updates waiting for the same queued task, applied together so their appends share a commit. */
  private applying: { peer: Peer; update: Uint8Array }[] | undefined;
  private tasks: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    readonly workspaceId: string,
    readonly doc: Y.Doc,
    private readonly store: Store,
    private readonly logger: Logger,
    private storedRows: number,
    private readonly options: RoomOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: it must not appear in anyone's presence list.
    this.awareness.setLocalState(null);
    doc.on("update", this.onDocUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  get size(): number {
    return this.peers.size;
  }

  add(peer: Peer): void {
    this.peers.add(peer);
    // Our own step 1 makes the client send back anything it wrote while offline.
    peer.send(encodeSyncStep1(this.doc));
    const clients = [...this.awareness.getStates().keys()];
    if (clients.length > 0) peer.send(encodeAwareness(this.awareness, clients));
  }

  remove(peer: Peer): void {
    if (!this.peers.delete(peer)) return;
    if (peer.awarenessClients.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...peer.awarenessClients], null);
    }
  }

  receive(peer: Peer, message: ClientMessage): void {
    switch (message.type) {
      case "sync-step-1":
        this.run(() => this.answerStep1(peer, message.stateVector));
        return;
      case "sync-step-2":
      case "sync-update":
        if (!peer.canWrite) {
          // A read-only client's first sync reply carries nothing; only real writes are worth a warning.
          if (isEmptyUpdate(message.update)) return;
          this.logger.warn(
            { workspaceId: this.workspaceId, linkId: peer.linkId, role: peer.role },
            "dropped a document update from a read-only connection",
          );
          this.options.metrics.updateRefused("read_only");
          return;
        }
        this.queueApply(peer, message.update);
        return;
      case "awareness":
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, peer);
        return;
      case "query-awareness":
        peer.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return;
    }
  }

  /** Resolves once every queued task (and so every pending update) has run. */
  flush(): Promise<void> {
    return this.run(() => undefined);
  }

  /** Merges the update log into one snapshot row. */
  compact(): Promise<void> {
    return this.run(() => this.compactNow());
  }

  /** Runs `task` on the document queue; for changes made by the server itself (migrations). */
  run(task: () => void | Promise<void>): Promise<void> {
    // Whatever is queued after an apply task must see it finished: later updates start a new one.
    this.applying = undefined;
    const next = this.tasks.then(async () => {
      if (this.failed) return;
      await this.persistPending();
      await task();
      await this.persistPending();
    });
    this.tasks = next.catch((error: unknown) => this.fail(error));
    return this.tasks;
  }

  destroy(): void {
    this.doc.off("update", this.onDocUpdate);
    this.awareness.off("update", this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private answerStep1(peer: Peer, stateVector: Uint8Array): void {
    let reply: Uint8Array;
    try {
      reply = encodeSyncStep2Reply(this.doc, stateVector);
    } catch (error) {
      peer.reject(1007, "invalid state vector", error);
      return;
    }
    peer.send(reply);
  }

  /**
   * Updates that arrive while an apply task waits in the queue join it: under load the room
   * then applies, persists (in one group commit) and relays them together.
   */
  private queueApply(peer: Peer, update: Uint8Array): void {
    if (this.applying) {
      this.applying.push({ peer, update });
      return;
    }
    const batch = [{ peer, update }];
    void this.run(() => {
      if (this.applying === batch) this.applying = undefined;
      for (const item of batch) this.applyFrom(item.peer, item.update);
    });
    this.applying = batch;
  }

  private applyFrom(peer: Peer, update: Uint8Array): void {
    try {
      // Decoding fully first rejects most garbage before anything touches the document.
      Y.decodeUpdate(update);
      Y.applyUpdate(this.doc, update, peer);
    } catch (error) {
      // Whatever Yjs integrated before throwing is in `pending` and is persisted like any
      // other change, so the store and the document never disagree.
      peer.reject(1007, "invalid document update", error);
    }
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.pending.push({ update, origin });
    // Changes made outside a queued task still get persisted and relayed promptly.
    if (this.pending.length === 1) void this.run(() => undefined);
  };

  private async persistPending(): Promise<void> {
    while (this.pending.length > 0) {
      const batch = this.pending;
      this.pending = [];
      // Issued together so the store can commit them in one transaction; relayed only once all are stored.
      const now = Date.now();
      await Promise.all(batch.map(({ update }) => this.store.appendUpdate(this.workspaceId, update, now)));
      this.storedRows += batch.length;
      let relayed = 0;
      for (const { update, origin } of batch) {
        const frame = encodeSyncUpdate(update);
        for (const peer of this.peers) {
          if (peer === origin) continue;
          peer.send(frame);
          relayed++;
        }
      }
      this.options.metrics.updatesRelayed(relayed);
    }
    if (this.storedRows > this.options.compactThreshold) await this.compactNow();
  }

  private async compactNow(): Promise<void> {
    if (this.storedRows <= 1) return;
    await this.store.replaceUpdates(this.workspaceId, Y.encodeStateAsUpdate(this.doc), Date.now());
    this.logger.debug({ workspaceId: this.workspaceId, rows: this.storedRows }, "compacted update log");
    this.storedRows = 1;
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const from = this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
    if (from) {
      for (const id of added) from.awarenessClients.add(id);
      for (const id of removed) from.awarenessClients.delete(id);
    }
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const frame = encodeAwareness(this.awareness, changed);
    for (const peer of this.peers) if (peer !== from) peer.send(frame);
  };

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.logger.error({ err: error, workspaceId: this.workspaceId }, "room failed to persist; closing its sockets");
    // Clients keep their copies and resend what the store lacks when they reconnect.
    for (const peer of this.peers) peer.close(1011, "storage error, reconnecting");
    this.options.onFailure(this);
  }
}

function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    return false;
  }
}
