import type * as Y from "yjs";
import type { PublishedSession, RatedValue, RecordedOutcome, SessionTarget } from "../contract/sessions";
import { isLevel, isScore } from "../domain/scales";
import { roots } from "./roots";
import type { WorkspaceSnapshot } from "./read";
import { setCellLevel, type Author } from "./write";
import { updateThreat } from "./write-threats";

/**
 * The server's writes of live rating sessions: the published state of a session, recorded
 * outcomes, and the matrix or register value an outcome sets. Clients never call these: the
 * integrity seam refuses both roots to them.
 */

export function publishSession(doc: Y.Doc, session: PublishedSession): void {
  roots(doc).sessions.set(session.id, session);
}

export function setRecordedOutcome(doc: Y.Doc, key: string, outcome: RecordedOutcome): void {
  roots(doc).outcomes.set(key, outcome);
}

export function removeRecordedOutcome(doc: Y.Doc, key: string): void {
  roots(doc).outcomes.delete(key);
}

/** Whether the cell's area and option, or the threat, are still in the workspace. */
export function targetExists(snapshot: WorkspaceSnapshot, target: SessionTarget): boolean {
  if (target.kind === "threat") return snapshot.threats.some((threat) => threat.id === target.threatId);
  return (
    snapshot.areas.some((area) => area.id === target.areaId) &&
    snapshot.options.some((option) => option.id === target.optionId)
  );
}

/** The value a target holds now: the cell's level or the threat's likelihood or impact. */
export function targetValue(snapshot: WorkspaceSnapshot, target: SessionTarget): RatedValue | null {
  if (target.kind === "cell") return snapshot.ratings[`${target.areaId}|${target.optionId}`]?.level ?? null;
  const threat = snapshot.threats.find((entry) => entry.id === target.threatId);
  return threat?.[target.field] ?? null;
}

/** Sets a target's value in the matrix or register (null clears it), stamped with `author`. */
export function writeTargetValue(doc: Y.Doc, target: SessionTarget, value: RatedValue | null, author: Author): void {
  if (target.kind === "cell") {
    setCellLevel(doc, target.areaId, target.optionId, value === null || isLevel(value) ? value : null, author);
    return;
  }
  updateThreat(doc, target.threatId, { [target.field]: value === null || isScore(value) ? value : null }, author);
}
