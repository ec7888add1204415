import * as Y from "yjs";
import * as z from "../zod";
import { findIndex, findRecord, newRecordId, recordMap, roots } from "./roots";
import { LIMITS, threatFieldsSchema, type ThreatFields } from "./schema";
import { LOCAL_EDIT, InvalidEditError, requireId, requireRoom, stamp, validated, type Author } from "./write";

/** Adding, editing and removing threats of the register, and linking them to priority areas. */
const NEW_THREAT: Omit<ThreatFields, "name"> = {
  description: "",
  category: "us_priority",
  trend: "unassessed",
  likelihood: null,
  impact: null,
  actors: [],
  owner: "",
  nextReview: null,
  sources: [],
};

export function addThreat(
  doc: Y.Doc,
  fields: Partial<ThreatFields> & { name: string },
  author: Author,
  now = Date.now(),
): string {
  const parsed = validated(threatFieldsSchema, { ...NEW_THREAT, ...fields }, "name");
  requireRoom(doc, parsed, "name");
  const id = newRecordId();
  doc.transact(() => {
    roots(doc).threats.push([
      recordMap({
        id,
        ...parsed,
        notes: new Y.Text(),
        areaLinks: new Y.Map<boolean>(),
        updatedBy: stamp(author, now),
      }),
    ]);
  }, LOCAL_EDIT);
  return id;
}

const threatChangeSchema = z.strictObject(z.partial(threatFieldsSchema).shape);

export type ThreatChange = Partial<ThreatFields>;

function requireThreat(doc: Y.Doc, threatId: string): Y.Map<unknown> {
  const record = findRecord(roots(doc).threats, threatId);
  if (!record) throw new InvalidEditError("threatId", "This threat was removed by someone else.");
  return record;
}

/** Changes some fields of a threat; fields left out stay as they are. */
export function updateThreat(
  doc: Y.Doc,
  threatId: string,
  change: ThreatChange,
  author: Author,
  now = Date.now(),
): void {
  const parsed = validated(threatChangeSchema, change, "threat");
  const record = requireThreat(doc, threatId);
  requireRoom(doc, parsed, "threat");
  doc.transact(() => {
    for (const [field, value] of Object.entries(parsed)) if (value !== undefined) record.set(field, value);
    record.set("updatedBy", stamp(author, now));
  }, LOCAL_EDIT);
}

/** Removes a threat and the threads on it. */
export function removeThreat(doc: Y.Doc, threatId: string): void {
  requireId(threatId, "threatId");
  const root = roots(doc);
  const index = findIndex(root.threats, threatId);
  if (index < 0) return;
  doc.transact(() => {
    root.threats.delete(index, 1);
    root.threads.forEach((thread, threadId) => {
      const target = thread instanceof Y.Map ? (thread.get("target") as { kind?: unknown; threatId?: unknown }) : null;
      if (target?.kind === "threat" && target.threatId === threatId) root.threads.delete(threadId);
    });
  }, LOCAL_EDIT);
}

/** Links or unlinks a threat and a matrix priority area. */
export function setThreatAreaLink(
  doc: Y.Doc,
  threatId: string,
  areaId: string,
  linked: boolean,
  author: Author,
  now = Date.now(),
): void {
  requireId(areaId, "areaId");
  const record = requireThreat(doc, threatId);
  doc.transact(() => {
    let links = record.get("areaLinks");
    if (!(links instanceof Y.Map)) {
      links = new Y.Map<boolean>();
      record.set("areaLinks", links);
    }
    const map = links as Y.Map<boolean>;
    if (linked) map.set(areaId, true);
    else map.delete(areaId);
    record.set("updatedBy", stamp(author, now));
  }, LOCAL_EDIT);
}

/** The collaborative notes of a threat. */
export function threatNotesText(doc: Y.Doc, threatId: string): Y.Text {
  const record = requireThreat(doc, threatId);
  const notes = record.get("notes");
  if (notes instanceof Y.Text) return notes;
  const text = new Y.Text(typeof notes === "string" ? notes.slice(0, LIMITS.notesLength) : "");
  // Not a person's edit: undoing it would pull the text out from under the editor.
  doc.transact(() => record.set("notes", text));
  return text;
}
