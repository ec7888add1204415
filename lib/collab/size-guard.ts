import * as Y from "yjs";
import { DOCUMENT_LIMITS } from "./schema";

/** What a Yjs item costs beyond its content (ids, origins, parent, key), rounded up. */
const ITEM_OVERHEAD_BYTES = 32;

/**
 * An upper bound on the bytes `value` adds to an update: UTF-8 takes at most 3 bytes per
 * UTF-16 unit. Walks the value once; no encoding, so it is cheap enough for every keystroke.
 */
export function updateSizeBound(value: unknown): number {
  if (typeof value === "string") return value.length * 3 + ITEM_OVERHEAD_BYTES;
  if (value instanceof Y.AbstractType || value === null || typeof value !== "object") return ITEM_OVERHEAD_BYTES;
  let total = ITEM_OVERHEAD_BYTES;
  for (const [key, item] of Object.entries(value)) total += key.length * 3 + updateSizeBound(item);
  return total;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

export interface SizeProblem {
  message: string;
}

/**
 * Why one edit carrying `value` may not be sent, or null. The provider sends inside every
 * transaction, so this runs before the transaction; the bound is exact only when it matters.
 */
export function editSizeProblem(value: unknown): SizeProblem | null {
  const limit = DOCUMENT_LIMITS.maxUpdateBytes;
  if (updateSizeBound(value) <= limit) return null;
  const bytes = new TextEncoder().encode(JSON.stringify(value) ?? "").length;
  if (bytes <= limit) return null;
  return {
    message: `This change is too large to send (${megabytes(bytes)}; one change may be at most ${megabytes(limit)}). Shorten it or split it into several changes.`,
  };
}

/** Estimated encoded size per document: measured once, then grown by each update's size. */
const documentSizes = new WeakMap<Y.Doc, { bytes: number }>();

function trackedSize(doc: Y.Doc): { bytes: number } {
  let tracked = documentSizes.get(doc);
  if (!tracked) {
    const size = { bytes: Y.encodeStateAsUpdate(doc).length };
    doc.on("update", (update: Uint8Array) => {
      size.bytes += update.length;
    });
    documentSizes.set(doc, size);
    tracked = size;
  }
  return tracked;
}

/**
 * Why adding `addedBytes` to the document may not be sent, or null. Updates only add to the
 * estimate (deleted content shrinks the real size), so past the limit it is measured again
 * once before the edit is refused.
 */
export function documentSizeProblem(doc: Y.Doc, addedBytes: number): SizeProblem | null {
  const limit = DOCUMENT_LIMITS.maxDocumentBytes;
  const tracked = trackedSize(doc);
  if (tracked.bytes + addedBytes <= limit) return null;
  tracked.bytes = Y.encodeStateAsUpdate(doc).length;
  if (tracked.bytes + addedBytes <= limit) return null;
  return {
    message: `This workspace is full (${megabytes(limit)}): nothing more can be added. Remove what is no longer needed, or ask the facilitator to start a new workspace.`,
  };
}
