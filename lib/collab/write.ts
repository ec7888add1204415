import type * as Y from "yjs";
import type { Level, Score, ThreatTrend } from "../domain/scales";
import { cellKey, findRecord, roots } from "./roots";
import { authorshipSchema, idSchema, ratingSchema, threatSchema, type Authorship } from "./schema";

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

function stamp(author: Author, now: number): Authorship {
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

function requireId(id: string, field: string): void {
  if (!idSchema.safeParse(id).success) throw new InvalidEditError(field, `${field} is not a valid id`);
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

export interface ThreatAssessment {
  trend?: ThreatTrend;
  likelihood?: Score | null;
  impact?: Score | null;
}

const assessmentSchema = threatSchema.pick({ trend: true, likelihood: true, impact: true }).partial().strict();

/** Updates a threat's trend, likelihood or impact; fields left out stay as they are. */
export function assessThreat(
  doc: Y.Doc,
  threatId: string,
  change: ThreatAssessment,
  author: Author,
  now = Date.now(),
): void {
  const parsed = assessmentSchema.safeParse(change);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidEditError(String(issue?.path[0] ?? "threat"), issue?.message ?? "invalid value");
  }
  const record = findRecord(roots(doc).threats, threatId);
  if (!record) throw new InvalidEditError("threatId", `No threat with id ${threatId}`);
  const authorship = stamp(author, now);
  doc.transact(() => {
    for (const [field, value] of Object.entries(parsed.data)) record.set(field, value);
    record.set("updatedBy", authorship);
  }, LOCAL_EDIT);
}
