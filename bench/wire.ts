import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import * as Y from "yjs";

/** y-websocket frame types, as both servers speak them. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

/** The encoded state of an empty document, and its state vector. */
export const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
export const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());

/** Wall-clock milliseconds with sub-millisecond precision, comparable across processes. */
export function wallNow(): number {
  return performance.timeOrigin + performance.now();
}

export function syncFrame(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** One presence entry as a y-protocols awareness update: [count, clientId, clock, JSON state]. */
export function awarenessFrame(clientId: number, state: Record<string, unknown>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

export type ServerFrame =
  | { kind: "step1"; payload: Uint8Array }
  | { kind: "step2"; payload: Uint8Array }
  | { kind: "update"; payload: Uint8Array }
  | { kind: "other" };

/** Reads a frame without copying its payload. */
export function readServerFrame(frame: Uint8Array): ServerFrame {
  const decoder = decoding.createDecoder(frame);
  if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return { kind: "other" };
  const syncType = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (syncType === SYNC_STEP_1) return { kind: "step1", payload };
  if (syncType === SYNC_STEP_2) return { kind: "step2", payload };
  return { kind: "update", payload };
}

export interface Stamp {
  /** Author id written into the rating. */
  by: string;
  /** Wall-clock send time written into the rating. */
  at: number;
}

/**
 * Finds the rating's author and timestamp in a relayed update. Every receiver in a worker
 * gets the same update, so the decoded stamp is cached by the id of its first struct.
 */
export class StampReader {
  private readonly cache = new Map<string, Stamp | null>();

  read(update: Uint8Array): Stamp | null {
    const key = firstStructId(update);
    const cached = key === undefined ? undefined : this.cache.get(key);
    if (cached !== undefined) return cached;
    const stamp = decodeStamp(update);
    if (key !== undefined) {
      if (this.cache.size > 50_000) this.cache.clear();
      this.cache.set(key, stamp);
    }
    return stamp;
  }
}

function firstStructId(update: Uint8Array): string | undefined {
  try {
    const decoder = decoding.createDecoder(update);
    if (decoding.readVarUint(decoder) === 0) return undefined;
    decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    return `${client}:${clock}`;
  } catch {
    return undefined;
  }
}

function decodeStamp(update: Uint8Array): Stamp | null {
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentAny)) continue;
    const value: unknown = struct.content.arr[0];
    if (typeof value !== "object" || value === null) continue;
    const { by, at } = value as Record<string, unknown>;
    if (typeof by === "string" && typeof at === "number") return { by, at };
  }
  return null;
}
