import type * as Y from "yjs";
import { documentSizeProblem, updateSizeBound } from "./size-guard";
import { LOCAL_EDIT } from "./write";

export interface TextSplice {
  index: number;
  deleteCount: number;
  insert: string;
}

/**
 * The single splice that turns `before` into `after`, as a text field reports it after an
 * input event. `cursor` (the caret after the input) anchors the change, so typing a letter
 * next to the same letter lands where the person typed it.
 */
export function spliceBetween(before: string, after: string, cursor = after.length): TextSplice {
  const maxPrefix = Math.min(before.length, after.length, Math.max(0, cursor));
  let prefix = 0;
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix += 1;
  const maxSuffix = Math.min(before.length, after.length) - prefix;
  let suffix = 0;
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  return {
    index: prefix,
    deleteCount: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  };
}

/**
 * Applies a person's edit of a text field to its Y.Text, within `limit` characters: what
 * would overflow is dropped, and so is all that is typed into a full document (deleting still
 * works). Returns whether anything was dropped.
 */
export function applyTextInput(text: Y.Text, after: string, cursor: number, limit: number): { clipped: boolean } {
  const splice = spliceBetween(text.toString(), after, cursor);
  const room = limit - (text.length - splice.deleteCount);
  const fits = splice.insert.slice(0, Math.max(0, room));
  const full = fits.length > 0 && text.doc !== null && documentSizeProblem(text.doc, updateSizeBound(fits)) !== null;
  const insert = full ? "" : fits;
  if (splice.deleteCount === 0 && insert.length === 0) return { clipped: insert.length < splice.insert.length };
  const doc = text.doc;
  const apply = () => {
    if (splice.deleteCount > 0) text.delete(splice.index, splice.deleteCount);
    if (insert.length > 0) text.insert(splice.index, insert);
  };
  if (doc) doc.transact(apply, LOCAL_EDIT);
  else apply();
  return { clipped: insert.length < splice.insert.length };
}

/** Where an index ends up after a change made elsewhere (a peer's typing, an undo). */
export function shiftIndex(index: number, delta: Y.YTextEvent["delta"]): number {
  let position = 0;
  let result = index;
  for (const op of delta) {
    if (op.retain !== undefined) {
      position += op.retain;
    } else if (typeof op.insert === "string") {
      if (position <= result) result += op.insert.length;
      position += op.insert.length;
    } else if (op.delete !== undefined) {
      if (position < result) result -= Math.min(op.delete, result - position);
    }
    if (position > result) break;
  }
  return result;
}
