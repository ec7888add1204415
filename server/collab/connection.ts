import type { RawData, WebSocket } from "ws";
import { canWriteDocument } from "../auth/roles";
import type { Logger } from "../logger";
import type { Metrics } from "../metrics";
import type { Role } from "../store/store";
import type { Peer } from "./peer";
import { decodeClientMessage, ProtocolError, type ClientMessage } from "./protocol";
import type { Room } from "./room";

/** Frames a client may send while its room is still loading; more means a misbehaving client. */
const MAX_BUFFERED = 1_000;

export interface ConnectionIdentity {
  workspaceId: string;
  role: Role;
  linkId: string;
}

/**
 * One WebSocket. Frames are decoded on arrival (so garbage is refused at once) and held
 * until the room has loaded, because answering a sync message from a half-loaded document
 * would tell the client the workspace is empty.
 */
export class Connection implements Peer {
  readonly awarenessClients = new Set<number>();
  readonly canWrite: boolean;
  lastSentAt = Date.now();
  lastPongAt = Date.now();
  lastPingAt = Date.now();
  private room: Room | undefined;
  private buffered: ClientMessage[] = [];
  /** The code of the server's own close, which the metrics report rather than the client's echo. */
  private closeCode: number | undefined;

  constructor(
    private readonly socket: WebSocket,
    readonly identity: ConnectionIdentity,
    private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {
    this.canWrite = canWriteDocument(identity.role);
    socket.on("close", (code) => this.metrics.socketClosed(this.closeCode ?? code));
    socket.on("message", (data, isBinary) => this.onFrame(data, isBinary));
    socket.on("pong", () => {
      this.lastPongAt = Date.now();
    });
    socket.on("error", (error) => this.logger.warn({ err: error, ...identity }, "socket error"));
  }

  get role(): Role {
    return this.identity.role;
  }

  get linkId(): string {
    return this.identity.linkId;
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
    const buffered = this.buffered;
    this.buffered = [];
    for (const message of buffered) this.deliver(message);
  }

  send(frame: Uint8Array): void {
    if (!this.isOpen) return;
    this.lastSentAt = Date.now();
    this.socket.send(frame, (error) => {
      if (error) this.terminate();
    });
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
    this.logger.warn({ ...this.identity, code, reason, err: error }, "closing socket after a bad frame");
    this.close(code, reason);
  }

  private onFrame(data: RawData, isBinary: boolean): void {
    this.metrics.frameReceived(frameBytes(data));
    if (!isBinary) {
      this.reject(1003, "text frames are not part of the y-websocket protocol");
      return;
    }
    let message: ClientMessage;
    try {
      message = decodeClientMessage(toBytes(data));
    } catch (error) {
      this.reject(error instanceof ProtocolError ? error.closeCode : 1007, "undecodable frame", error);
      return;
    }
    if (message.type === "sync-step-2" || message.type === "sync-update") this.metrics.updateReceived();
    if (this.room) {
      this.deliver(message);
    } else if (this.buffered.length < MAX_BUFFERED) {
      this.buffered.push(message);
    } else {
      this.reject(1008, "too many messages before the workspace loaded");
    }
  }

  private deliver(message: ClientMessage): void {
    if (!this.isOpen || !this.room) return;
    try {
      this.room.receive(this, message);
    } catch (error) {
      this.reject(1007, "invalid message content", error);
    }
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
