import * as Y from "yjs";
import { UpdateGate, type ChangeProblem } from "../../lib/collab";
import { CLOSE, type Refusal } from "../../lib/contract";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { Rewind, Store } from "../store/store";
import type { CollabLimits } from "./limits";
import { Presence } from "./presence";
import type { ClientMessage } from "./protocol";
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2Reply } from "./protocol";
import { holdsDroppedHistory } from "./rewinds";
import { RoomLog, StoreFailure } from "./room-log";
import type { ConnectedParticipant, RoomSocket } from "./room-socket";

export interface RoomOptions {
  compactThreshold: number;
  limits: CollabLimits;
  metrics: Metrics;
  /** False only when measuring what validation costs (bench); see UpdateGate. */
  validateUpdates: boolean;
  /** Log replacements by the operator: a client holding dropped history is sent away (4409). */
  rewinds: readonly Rewind[];
  /** Encoded size of what the room was loaded from. */
  loadedBytes: number;
  /** Called once when the store failed: the manager drops the room without compacting it. */
  onFailure: (room: Room) => void;
}

/**
 * One loaded workspace document. A client's message takes one path through it, in order:
 * dispatch (`receive`), validation (the UpdateGate applies, checks and takes back what is
 * invalid), persistence and relay (the RoomLog stores, then sends to the others). Everything
 * that reads or writes the document runs on one serial task queue, and every task ends by
 * persisting what it changed, so no socket is sent state the store does not hold yet.
 */
export class Room {
  private readonly presence: Presence;
  private readonly gate: UpdateGate;
  private readonly log: RoomLog;
  private readonly sockets = new Set<RoomSocket>();
  /** Updates waiting for the same queued task, applied together so their appends share a commit. */
  private applying: { socket: RoomSocket; update: Uint8Array }[] | undefined;
  /** Per socket: updates in a row that left history missing. */
  private readonly waitingHistory = new Map<RoomSocket, number>();
  /** The author of the update being applied, stored with it. */
  private currentAuthor: string | undefined;
  private tasks: Promise<void> = Promise.resolve();
  private failed = false;

  constructor(
    readonly workspaceId: string,
    readonly doc: Y.Doc,
    store: Store,
    private readonly logger: Logger,
    storedRows: number,
    private readonly options: RoomOptions,
  ) {
    this.gate = new UpdateGate(doc, options.validateUpdates);
    this.presence = new Presence(doc, options.limits);
    this.log = new RoomLog(
      workspaceId,
      doc,
      store,
      logger,
      options.metrics,
      storedRows,
      options.compactThreshold,
      options.loadedBytes,
    );
    doc.on("update", this.onDocUpdate);
    this.presence.awareness.on("update", this.onAwarenessUpdate);
  }

  get size(): number {
    return this.sockets.size;
  }

  add(socket: RoomSocket): void {
    this.sockets.add(socket);
    // Our own step 1 makes the client send back anything it wrote while offline.
    socket.send(encodeSyncStep1(this.doc));
    const clients = [...this.presence.awareness.getStates().keys()];
    if (clients.length > 0) socket.send(encodeAwareness(this.presence.awareness, clients));
  }

  /** Participants bound to a socket here, once each, with their link (a rating round's eligibility). */
  boundParticipants(): ConnectedParticipant[] {
    const found = new Map<string, ConnectedParticipant>();
    for (const socket of this.sockets) {
      const participant = socket.participant;
      if (participant && !found.has(participant.id)) {
        found.set(participant.id, { ...participant, role: socket.role, linkId: socket.linkId });
      }
    }
    return [...found.values()];
  }

  remove(socket: RoomSocket): void {
    if (!this.sockets.delete(socket)) return;
    this.waitingHistory.delete(socket);
    this.presence.remove(socket);
  }

  /** Dispatch: where each kind of client message goes. */
  receive(socket: RoomSocket, message: ClientMessage): void {
    switch (message.type) {
      case "sync-step-1":
        this.enqueue(() => this.answerStep1(socket, message.stateVector));
        return;
      case "sync-step-2":
      case "sync-update":
        if (!socket.canWrite) {
          // A read-only client's first sync reply carries nothing; only real writes are refused.
          if (!isEmptyUpdate(message.update)) this.refuseReadOnly(socket);
          return;
        }
        this.queueApply(socket, message.update);
        return;
      case "awareness": {
        const refusal = this.presence.receive(socket, message.update);
        if (refusal) {
          this.options.metrics.updateRefused("awareness");
          socket.refuse(refusal);
        }
        return;
      }
      case "query-awareness":
        socket.send(encodeAwareness(this.presence.awareness, [...this.presence.awareness.getStates().keys()]));
        return;
      case "bind-participant":
        // Bindings are handled by the connection before anything reaches the room.
        return;
    }
  }

  /** Shows a participant's new name in the presence its sockets set. */
  renameParticipant(participantId: string, name: string): void {
    this.presence.rename(participantId, name);
  }

  /** Resolves once every queued task (and so every pending update) has run. */
  flush(): Promise<void> {
    return this.run(() => undefined);
  }

  /** Merges the update log into one snapshot row. */
  compact(): Promise<void> {
    return this.run(() => this.log.compact());
  }

  /**
   * Runs `task` on the document queue, then persists and relays what it changed. Rejects with
   * the task's error; a store failure also stops the room and closes its sockets.
   */
  run(task: () => void | Promise<void>): Promise<void> {
    // Whatever is queued after an apply task must see it finished: later updates start a new one.
    this.applying = undefined;
    const next = this.tasks.then(async () => {
      if (this.failed) throw new StoreFailure(new Error("the room stopped after a store failure"));
      try {
        await task();
      } finally {
        await this.log.persist(this.sockets);
      }
    });
    this.tasks = next.catch((error: unknown) => {
      if (error instanceof StoreFailure) this.fail(error);
    });
    return next;
  }

  destroy(): void {
    this.doc.off("update", this.onDocUpdate);
    this.presence.awareness.off("update", this.onAwarenessUpdate);
    this.presence.destroy();
    this.gate.destroy();
    this.doc.destroy();
  }

  /** For tasks whose errors are handled inside them or by the room's failure path. */
  private enqueue(task: () => void): void {
    this.run(task).catch(() => undefined);
  }

  private answerStep1(socket: RoomSocket, stateVector: Uint8Array): void {
    let reply: Uint8Array;
    try {
      if (holdsDroppedHistory(stateVector, this.options.rewinds)) {
        // Its copy would sync the history the operator rolled back straight back in.
        socket.close(CLOSE.restored, "the workspace was restored to an earlier version: start from the server's copy");
        return;
      }
      reply = encodeSyncStep2Reply(this.doc, stateVector);
    } catch (error) {
      socket.reject(CLOSE.invalidFrame, "invalid state vector", error);
      return;
    }
    socket.send(reply);
  }

  /**
   * Updates that arrive while an apply task waits in the queue join it: under load the room
   * then applies, persists (in one group commit) and relays them together.
   */
  private queueApply(socket: RoomSocket, update: Uint8Array): void {
    if (this.applying) {
      this.applying.push({ socket, update });
      return;
    }
    const batch = [{ socket, update }];
    this.enqueue(() => {
      if (this.applying === batch) this.applying = undefined;
      for (const item of batch) this.applyFrom(item.socket, item.update);
    });
    this.applying = batch;
  }

  /** Validation: the gate applies the update and takes it back if anything in it is invalid. */
  private applyFrom(socket: RoomSocket, update: Uint8Array): void {
    const participantId = socket.participant?.id;
    if (participantId === undefined) return;
    const mark = this.log.size;
    const limit = this.options.limits.maxDocumentBytes;
    const tooLarge: ChangeProblem | undefined =
      this.log.sizeAfter(update.length, limit) > limit
        ? { code: "too_large", path: "", message: `This workspace has reached its size limit (${mb(limit)} MB).` }
        : undefined;
    this.currentAuthor = participantId;
    let result;
    try {
      // Decoding fully first rejects most garbage before anything touches the document.
      Y.decodeUpdate(update);
      result = this.gate.apply(update, socket, { participantId }, tooLarge);
    } catch (error) {
      // Whatever Yjs integrated before throwing is pending in the log and is persisted like any
      // other change, so the store and the document never disagree.
      socket.reject(CLOSE.invalidFrame, "invalid document update", error);
      return;
    } finally {
      this.currentAuthor = undefined;
    }
    if (result.problem && result.net) {
      // Neither the sender's update nor the revert is stored: only their net effect, for everyone.
      this.log.truncate(mark);
      this.log.add(result.net, undefined, participantId);
      this.options.metrics.updateRefused(result.problem.code);
      socket.refuse(
        result.problem.path ? result.problem : { code: result.problem.code, message: result.problem.message },
      );
    }
    this.boundMissingHistory(socket);
  }

  /**
   * Updates whose earlier part never arrived wait inside Yjs for it. A reconnecting client's
   * live edit may arrive before its sync reply, so some waiting is normal; past the bounds the
   * waiting updates are dropped and the sender is made to reconnect and sync in full.
   */
  private boundMissingHistory(socket: RoomSocket): void {
    const pending = this.doc.store.pendingStructs;
    if (!pending) {
      this.waitingHistory.delete(socket);
      return;
    }
    const inRow = (this.waitingHistory.get(socket) ?? 0) + 1;
    this.waitingHistory.set(socket, inRow);
    const limits = this.options.limits;
    if (pending.update.length <= limits.maxPendingBytes && inRow <= limits.maxPendingUpdatesPerSocket) return;
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
    this.waitingHistory.delete(socket);
    this.options.metrics.updateRefused("missing_history");
    const refusal: Refusal = {
      code: "missing_history",
      message: "Changes arrived without the history they build on; reconnecting to sync in full.",
    };
    socket.refuse(refusal);
    socket.reject(CLOSE.policy, "updates with missing history: reconnect");
  }

  private refuseReadOnly(socket: RoomSocket): void {
    this.options.metrics.updateRefused("read_only");
    this.logger.warn(
      { workspaceId: this.workspaceId, linkId: socket.linkId, role: socket.role },
      "dropped a document update from a read-only connection",
    );
    socket.refuse({
      code: "read_only",
      message: socket.participant
        ? "This link can only view the workspace."
        : "This connection is not bound to a participant yet: register, then send changes.",
    });
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    const from = this.sockets.has(origin as RoomSocket) ? (origin as RoomSocket) : undefined;
    this.log.add(update, from, from ? this.currentAuthor : undefined);
    // Changes made outside a queued task still get persisted and relayed promptly.
    if (this.log.size === 1) this.enqueue(() => undefined);
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    const frame = encodeAwareness(this.presence.awareness, changed);
    for (const socket of this.sockets) if (socket !== origin) socket.send(frame);
  };

  private fail(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.logger.error({ err: error, workspaceId: this.workspaceId }, "room failed to persist; closing its sockets");
    // Clients keep their copies and resend what the store lacks when they reconnect.
    for (const socket of this.sockets) socket.close(CLOSE.storageError, "storage error, reconnecting");
    this.options.onFailure(this);
  }
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}

function isEmptyUpdate(update: Uint8Array): boolean {
  try {
    const { structs, ds } = Y.decodeUpdate(update);
    return structs.length === 0 && ds.clients.size === 0;
  } catch {
    return false;
  }
}
