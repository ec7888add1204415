import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { WebSocket } from "ws";
import type * as Y from "yjs";
import { socketBase } from "./server";

export interface ReceivedFrame {
  messageType: number;
  /** For sync messages: 0 step 1, 1 step 2, 2 update. */
  syncType?: number;
  payload?: Uint8Array;
}

/** A bare `ws` client speaking the wire protocol by hand, to send what a provider never would. */
export class RawSocket {
  readonly frames: ReceivedFrame[] = [];
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  private readonly socket: WebSocket;

  constructor(server: { url: string }, workspaceId: string, token: string, participant?: string) {
    const bound = participant ? `&participant=${encodeURIComponent(participant)}` : "";
    this.socket = new WebSocket(`${socketBase(server)}/${workspaceId}?token=${encodeURIComponent(token)}${bound}`);
    this.opened = new Promise((resolve, reject) => {
      this.socket.once("open", () => resolve());
      this.socket.once("error", reject);
    });
    this.closed = new Promise((resolve) =>
      this.socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    this.socket.on("message", (data: Buffer) => this.frames.push(decodeFrame(new Uint8Array(data))));
  }

  get isOpen(): boolean {
    return this.socket.readyState === WebSocket.OPEN;
  }

  send(frame: Uint8Array | string): void {
    this.socket.send(frame);
  }

  close(): void {
    this.socket.terminate();
  }

  syncFrames(syncType: number): ReceivedFrame[] {
    return this.frames.filter((frame) => frame.messageType === 0 && frame.syncType === syncType);
  }
}

function decodeFrame(frame: Uint8Array): ReceivedFrame {
  const decoder = decoding.createDecoder(frame);
  const messageType = decoding.readVarUint(decoder);
  if (messageType !== 0) return { messageType };
  const syncType = decoding.readVarUint(decoder);
  return { messageType, syncType, payload: decoding.readVarUint8Array(decoder) };
}

export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function updateFrame(update: Uint8Array, syncType: number = syncProtocol.messageYjsUpdate): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Resolves with the HTTP status of a refused upgrade, or 101 if it was accepted. */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once("unexpected-response", (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once("open", () => {
      resolve(101);
      socket.terminate();
    });
    socket.once("error", (error) => reject(error));
  });
}
