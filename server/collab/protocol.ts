import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import type * as Y from "yjs";
import { AUTH_PERMISSION_DENIED, MESSAGE, type Refusal } from "../../lib/contract";

const MESSAGE_SYNC = MESSAGE.sync;
const MESSAGE_AWARENESS = MESSAGE.awareness;

export const SYNC_STEP_1 = syncProtocol.messageYjsSyncStep1;
export const SYNC_STEP_2 = syncProtocol.messageYjsSyncStep2;
export const SYNC_UPDATE = syncProtocol.messageYjsUpdate;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Answers a peer's state vector with everything it is missing. */
export function encodeSyncStep2Reply(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/**
 * An awareness message listing zero clients: clients apply it as a no-op, yet it counts as
 * a received message for y-websocket's 30 s silence watchdog (ws pings are invisible to it).
 */
export function encodeKeepalive(): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 0);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

/** Tells a client why the server refused what it sent: y-websocket's "permission denied". */
export function encodeRefusal(refusal: Refusal): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.auth);
  encoding.writeVarUint(encoder, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(encoder, JSON.stringify(refusal));
  return encoding.toUint8Array(encoder);
}

export type ClientMessage =
  | { type: "sync-step-1"; stateVector: Uint8Array }
  | { type: "sync-step-2" | "sync-update"; update: Uint8Array }
  | { type: "awareness"; update: Uint8Array }
  | { type: "query-awareness" }
  | { type: "bind-participant"; participantToken: string };

/**
 * Decodes one client frame completely before anything acts on it, so a malformed frame can
 * be rejected without touching the room. Throws on anything it does not understand.
 */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(frame);
  const messageType = decoding.readVarUint(decoder);
  let message: ClientMessage;
  switch (messageType) {
    case MESSAGE_SYNC: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === SYNC_STEP_1) message = { type: "sync-step-1", stateVector: payload };
      else if (syncType === SYNC_STEP_2) message = { type: "sync-step-2", update: payload };
      else if (syncType === SYNC_UPDATE) message = { type: "sync-update", update: payload };
      else throw new ProtocolError(`unknown sync message type ${syncType}`, 1003);
      break;
    }
    case MESSAGE_AWARENESS:
      message = { type: "awareness", update: decoding.readVarUint8Array(decoder) };
      break;
    case MESSAGE.queryAwareness:
      message = { type: "query-awareness" };
      break;
    case MESSAGE.bindParticipant:
      message = { type: "bind-participant", participantToken: decoding.readVarString(decoder) };
      break;
    default:
      throw new ProtocolError(`unknown message type ${messageType}`, 1003);
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError("trailing bytes after message", 1007);
  return message;
}

/** A frame the server refuses; `closeCode` is the WebSocket close code to answer with. */
export class ProtocolError extends Error {
  constructor(
    message: string,
    readonly closeCode: 1003 | 1007,
  ) {
    super(message);
    this.name = "ProtocolError";
  }
}

/** One client's entry in an awareness update: its state is JSON text, "null" when it left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: string;
}

export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    entries.push({ clientId, clock, state: decoding.readVarString(decoder) });
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError("trailing bytes after awareness entries", 1007);
  return entries;
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
