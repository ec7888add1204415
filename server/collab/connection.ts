import type { RawData, WebSocket } from "ws";
import { CLOSE, canWriteDocument, type Refusal, type Role } from "../../lib/contract";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import { TokenBucket, type CollabLimits } from "./limits";
import { decodeClientMessage, encodeRefusal, ProtocolError, type ClientMessage } from "./protocol";
import type { Room } from "./room";
import type { BoundParticipant, RoomSocket } from "./room-socket";

/** Messages a client may send while its room loads or its participant is checked. */
const MAX_QUEUED = 1_000;

export interface ConnectionIdentity {
  workspaceId: string;
  role: Role;
  linkId: string;
  /** When the link expires (ms since the epoch): the socket is closed then. */
  expiresAt: number | null;
  /** The client's address, for the per-address socket limit. */
  ip: string;
}

export interface ConnectionOptions {
  logger: Logger;
  metrics: Metrics;
  limits: CollabLimits;
  /** Checks a participant token against this socket's workspace and link. */
  verifyParticipant: (token: string) => Promise<ParticipantCheck>;
}

/** A participant token's verdict: bound, not valid for this link (register again), or removed (final). */
export type ParticipantCheck = { ok: true; participant: BoundParticipant } | { ok: false; removed: boolean };

/** The close a refused participant token earns: removal is final, anything else means "register again". */
export function closeForRefusedParticipant(check: { removed: boolean }): { code: number; reason: string } {
  return check.removed
    ? { code: CLOSE.revoked, reason: "the facilitator removed you from this workspace" }
    : { code: CLOSE.participantRefused, reason: "participant token not valid for this link: register again" };
}

/**
 * One WebSocket: frames in (decoded on arrival, so garbage is refused at once; rate-limited),
 * frames out (closed when the client stops reading). Messages wait in order while the room
 * loads, because answering from a half-loaded document would tell the client the workspace
 * is empty, and while an in-band participant binding is checked, so the writes behind it
 * count as the participant's.
 */
export class Connection implements RoomSocket {
  lastSentAt = Date.now();
  lastPongAt = Date.now();
  lastPingAt = Date.now();
  private bound: BoundParticipant | undefined;
  private room: Room | undefined;
  private queue: ClientMessage[] = [];
  private binding = false;
  private readonly messages: TokenBucket;
  /** The code of the server's own close, which the metrics report rather than the client's echo. */
  private closeCode: number | undefined;

  constructor(
    private readonly socket: WebSocket,
    readonly identity: ConnectionIdentity,
    private readonly options: ConnectionOptions,
    participant?: BoundParticipant,
  ) {
    this.bound = participant;
    this.messages = new TokenBucket(options.limits.messagesPerSecond, options.limits.messagesBurst);
    socket.on("close", (code) => options.metrics.socketClosed(this.closeCode ?? code));
    socket.on("message", (data, isBinary) => this.onFrame(data, isBinary));
    socket.on("pong", () => {
      this.lastPongAt = Date.now();
    });
    socket.on("error", (error) => options.logger.warn({ err: error, ...identity }, "socket error"));
  }

  get role(): Role {
    return this.identity.role;
  }

  get linkId(): string {
    return this.identity.linkId;
  }

  get participant(): BoundParticipant | undefined {
    return this.bound;
  }

  get canWrite(): boolean {
    return this.bound !== undefined && canWriteDocument(this.identity.role);
  }

  /** The bound participant was renamed: what it sends from now on carries the new name. */
  renameParticipant(participantId: string, name: string): void {
    if (this.bound?.id === participantId) this.bound = { ...this.bound, name };
  }

  get isOpen(): boolean {
    return this.socket.readyState === this.socket.OPEN;
  }

  onClose(listener: (code: number) => void): void {
    this.socket.on("close", listener);
  }

  attach(room: Room): void {
    this.room = room;
    room.add(this);
    this.drain();
  }

  send(frame: Uint8Array): void {
    if (!this.isOpen) return;
    // A client that stops reading must not make the server hold its frames without bound.
    if (this.socket.bufferedAmount > this.options.limits.maxSendBufferBytes) {
      this.options.logger.warn({ ...this.identity }, "closing a socket that does not read its messages");
      this.close(CLOSE.slowConsumer, "too far behind: reconnect");
      this.socket.terminate();
      return;
    }
    this.lastSentAt = Date.now();
    this.socket.send(frame, (error) => {
      if (error) this.terminate();
    });
  }

  refuse(refusal: Refusal): void {
    this.options.logger.info({ ...this.identity, code: refusal.code, path: refusal.path }, "refused a client write");
    this.send(encodeRefusal(refusal));
  }

  ping(): void {
    this.lastPingAt = Date.now();
    if (this.isOpen) this.socket.ping();
  }

  close(code: number, reason: string): void {
    if (this.socket.readyState === this.socket.CLOSED) return;
    this.closeCode ??= code;
    this.socket.close(code, reason);
  }

  terminate(): void {
    this.socket.terminate();
  }

  reject(code: 1003 | 1007 | 1008, reason: string, error?: unknown): void {
    if (this.closeCode !== undefined) return;
    this.options.logger.warn({ ...this.identity, code, reason, err: error }, "closing socket after a bad frame");
    this.close(code, reason);
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    this.options.metrics.frameReceived(frameBytes(data));
    // Frames still arriving after the server closed the socket are neither handled nor logged.
    if (this.closeCode !== undefined) return;
    if (!this.messages.take()) {
      this.reject(CLOSE.policy, "too many messages: slow down and reconnect");
      return;
    }
    if (!isBinary) {
      this.reject(CLOSE.unsupported, "text frames are not part of the y-websocket protocol");
      return;
    }
    let message: ClientMessage;
    try {
      message = decodeClientMessage(toBytes(data));
    } catch (error) {
      this.reject(error instanceof ProtocolError ? error.closeCode : CLOSE.invalidFrame, "undecodable frame", error);
      return;
    }
    if (message.type === "sync-step-2" || message.type === "sync-update") this.options.metrics.updateReceived();
    if (this.queue.length >= MAX_QUEUED) {
      this.reject(CLOSE.policy, "too many messages before the workspace loaded");
      return;
    }
    this.queue.push(message);
    this.drain();
  }

  /** Delivers queued messages in order, pausing while the room loads or a binding is checked. */
  private drain(): void {
    while (this.room && !this.binding && this.queue.length > 0 && this.isOpen) {
      const message = this.queue.shift() as ClientMessage;
      if (message.type === "bind-participant") {
        this.bind(message.participantToken);
        continue;
      }
      try {
        this.room.receive(this, message);
      } catch (error) {
        this.reject(CLOSE.invalidFrame, "invalid message content", error);
      }
    }
  }

  private bind(token: string): void {
    this.binding = true;
    this.options.verifyParticipant(token).then(
      (check) => {
        this.binding = false;
        if (!check.ok) {
          const refused = closeForRefusedParticipant(check);
          this.close(refused.code, refused.reason);
          return;
        }
        if (this.bound && this.bound.id !== check.participant.id) {
          this.close(CLOSE.participantRefused, "participant token not valid for this link: register again");
          return;
        }
        this.bound = check.participant;
        this.drain();
      },
      (error: unknown) => {
        this.binding = false;
        this.options.logger.error({ err: error, ...this.identity }, "could not check a participant token");
        this.close(CLOSE.storageError, "could not check the participant: reconnect");
      },
    );
  }
}

function frameBytes(data: RawData): number {
  return Array.isArray(data) ? data.reduce((sum, chunk) => sum + chunk.length, 0) : data.byteLength;
}

/** Copies the frame: Yjs keeps views into binary content, so it must own the bytes. */
function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  return new Uint8Array(data);
}
