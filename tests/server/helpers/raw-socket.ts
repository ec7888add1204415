import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as syncProtocol from "y-protocols/sync";
import { WebSocket } from "ws";
import { expect } from "vitest";
import * as Y from "yjs";
import { registerParticipant } from "./api";
import { socketBase } from "./server";

export interface ReceivedFrame {
  messageType: number;
  /** For sync messages: 0 step 1, 1 step 2, 2 update. */
  syncType?: number;
  payload?: Uint8Array;
  /** For auth messages (2): the reason of a permission-denied message. */
  reason?: string;
}

/** A bare `ws` client speaking the wire protocol by hand, to send what a provider never would. */
export class RawSocket {
  readonly frames: ReceivedFrame[] = [];
  /** Every message as received, byte for byte (to search for what must never arrive). */
  readonly received: Uint8Array[] = [];
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
    this.socket.on("message", (data: Buffer) => {
      this.received.push(new Uint8Array(data));
      this.frames.push(decodeFrame(new Uint8Array(data)));
    });
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

  /** Stops reading from the connection, as a client on a stalled network would. */
  pauseReading(): void {
    this.socket.pause();
  }

  syncFrames(syncType: number): ReceivedFrame[] {
    return this.frames.filter((frame) => frame.messageType === 0 && frame.syncType === syncType);
  }

  /** Refusals the server sent, parsed from permission-denied auth messages. */
  refusals(): { code: string; message: string; path?: string }[] {
    return this.frames.flatMap((frame) => (frame.reason === undefined ? [] : [JSON.parse(frame.reason)]));
  }

  /** Everything the server sent so far that changes a document (step 2 replies and updates), applied to `doc`. */
  applyReceived(doc: Y.Doc, from = 0): number {
    const frames = this.frames.slice(from);
    for (const frame of frames) {
      if (frame.messageType === 0 && frame.syncType !== 0 && frame.payload) Y.applyUpdate(doc, frame.payload);
    }
    return this.frames.length;
  }

  /** Asks for the whole document and resolves with a copy of it, as a client would hold it. */
  async fetchDoc(): Promise<Y.Doc> {
    await this.opened;
    const replies = this.syncFrames(1).length;
    this.send(syncStep1Frame(new Y.Doc()));
    await expect.poll(() => this.syncFrames(1).length).toBeGreaterThan(replies);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, this.syncFrames(1).at(-1)?.payload ?? new Uint8Array());
    return doc;
  }

  /** Sends what `edit` changes in `doc` as one update message. */
  sendEdit(doc: Y.Doc, edit: (doc: Y.Doc) => void): void {
    const before = Y.encodeStateVector(doc);
    edit(doc);
    this.send(updateFrame(Y.encodeStateAsUpdate(doc, before)));
  }
}

function decodeFrame(frame: Uint8Array): ReceivedFrame {
  const decoder = decoding.createDecoder(frame);
  const messageType = decoding.readVarUint(decoder);
  if (messageType === 2) {
    decoding.readVarUint(decoder);
    return { messageType, reason: decoding.readVarString(decoder) };
  }
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

/** A raw socket bound to a newly registered participant of `token`'s link, open. */
export async function openBoundSocket(
  server: { url: string },
  workspaceId: string,
  token: string,
  name = "Mallory",
): Promise<RawSocket> {
  const participant = await registerParticipant(server.url, workspaceId, token, name);
  const socket = new RawSocket(server, workspaceId, token, participant.participantToken);
  await socket.opened;
  return socket;
}

/** An awareness message setting `state` for `clientId` at `clock`, as any client could send it. */
export function awarenessFrame(clientId: number, clock: number, state: unknown): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, clock);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Mesa's in-band binding message: binds the socket to the participant of `participantToken`. */
export function bindFrame(participantToken: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 100);
  encoding.writeVarString(encoder, participantToken);
  return encoding.toUint8Array(encoder);
}
