import * as Y from "yjs";
import type * as z from "../zod";
import type { Level } from "../domain/scales";
import { cellKey, roots } from "./roots";
import { authorshipSchema, idSchema, ratingSchema, weightSchema, type Authorship } from "./schema";
import { documentSizeProblem, editSizeProblem, updateSizeBound } from "./size-guard";

/**
 * Transaction origin of every edit made through these functions in this client. An undo
 * manager tracking this origin undoes only the local person's own changes.
 */
export const LOCAL_EDIT = Symbol("mesa.local-edit");

export interface Author {
  /** Participant id the server issued. */
  id: string;
  name: string;
}

export function stamp(author: Author, now: number): Authorship {
  return authorshipSchema.parse({ by: author.id, byName: author.name.slice(0, 80), at: now });
}

export class InvalidEditError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = "InvalidEditError";
  }
}

export function requireId(id: string, field: string): void {
  if (!idSchema.safeParse(id).success) throw new InvalidEditError(field, `${field} is not a valid id`);
}

/** The parsed value, or an InvalidEditError naming the first field at fault and what to do. */
export function validated<T>(schema: z.ZodMiniType<T>, value: unknown, field: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = issue?.path.length ? String(issue.path[0]) : field;
  throw new InvalidEditError(path, issue?.message ?? `${field} is not valid`);
}

/**
 * Refuses an edit too large to send in one update, or one that would overfill the document.
 * Runs before the transaction: the provider sends inside it, and the server would refuse.
 */
export function requireRoom(doc: Y.Doc, value: unknown, field: string): void {
  const problem = editSizeProblem(value) ?? documentSizeProblem(doc, updateSizeBound(value));
  if (problem) throw new InvalidEditError(field, problem.message);
}

/** Rates one option against one priority area; `null` clears the rating. */
export function setCellLevel(
  doc: Y.Doc,
  areaId: string,
  optionId: string,
  level: Level | null,
  author: Author,
  now = Date.now(),
): void {
  requireId(areaId, "areaId");
  requireId(optionId, "optionId");
  const rating = ratingSchema.parse({ level, ...stamp(author, now) });
  doc.transact(() => roots(doc).ratings.set(cellKey(areaId, optionId), rating), LOCAL_EDIT);
}

/** Rates an option's demand on U.S. resources (a cost, kept apart from impact). */
export function setResourceDemand(
  doc: Y.Doc,
  optionId: string,
  level: Level | null,
  author: Author,
  now = Date.now(),
): void {
  requireId(optionId, "optionId");
  const rating = ratingSchema.parse({ level, ...stamp(author, now) });
  doc.transact(() => roots(doc).resourceDemand.set(optionId, rating), LOCAL_EDIT);
}

/** Sets how much a priority area counts in the options' weighted scores. */
export function setAreaWeight(doc: Y.Doc, areaId: string, weight: number, author: Author, now = Date.now()): void {
  requireId(areaId, "areaId");
  const value = validated(weightSchema, weight, "weight");
  doc.transact(() => roots(doc).weights.set(areaId, { weight: value, ...stamp(author, now) }), LOCAL_EDIT);
}

/**
 * The collaborative text of a cell's rationale. Options and areas get one per cell when
 * they are added; a cell that raced an add gets its text here, on first use.
 */
export function rationaleText(doc: Y.Doc, areaId: string, optionId: string): Y.Text {
  requireId(areaId, "areaId");
  requireId(optionId, "optionId");
  const rationales = roots(doc).rationales;
  const key = cellKey(areaId, optionId);
  const existing = rationales.get(key);
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text();
  // Not a person's edit: undoing it would pull the text out from under the editor.
  doc.transact(() => rationales.set(key, text));
  return text;
}

/** Records who last edited a cell's rationale, shown beside it. */
export function stampRationale(doc: Y.Doc, areaId: string, optionId: string, author: Author, now = Date.now()): void {
  requireId(areaId, "areaId");
  requireId(optionId, "optionId");
  doc.transact(() => roots(doc).rationaleEdits.set(cellKey(areaId, optionId), stamp(author, now)), LOCAL_EDIT);
}
