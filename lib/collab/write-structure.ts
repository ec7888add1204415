import * as Y from "yjs";
import * as z from "../zod";
import { cellKey, findIndex, findRecord, newRecordId, recordMap, roots } from "./roots";
import { areaSchema, optionSchema } from "./schema";
import { LOCAL_EDIT, InvalidEditError, requireId, requireRoom, validated } from "./write";

/**
 * Adding, editing, moving and removing the matrix's options and priority areas. Each is one
 * transaction with the LOCAL_EDIT origin, so one undo step reverses it whole.
 */
export type StructureKind = "option" | "area";

const optionFieldsSchema = z.pick(optionSchema, { name: true, description: true, mexicanResponse: true });
const areaFieldsSchema = z.pick(areaSchema, { name: true, description: true });

export interface OptionFields {
  name: string;
  description?: string;
  mexicanResponse?: string;
}

export interface AreaFields {
  name: string;
  description?: string;
}

function listOf(doc: Y.Doc, kind: StructureKind) {
  return kind === "option" ? roots(doc).options : roots(doc).areas;
}

function positions(list: Y.Array<Y.Map<unknown>>): { id: string; position: number }[] {
  return list
    .toArray()
    .map((record) => ({ id: String(record.get("id")), position: Number(record.get("position")) }))
    .filter((entry) => Number.isFinite(entry.position))
    .sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : 1));
}

/** Every cell of a new option or area gets its rationale text now, before anyone types. */
function addRationales(doc: Y.Doc, kind: StructureKind, id: string): void {
  const root = roots(doc);
  const others = kind === "option" ? root.areas : root.options;
  for (const other of others.toArray()) {
    const otherId = String(other.get("id"));
    const key = kind === "option" ? cellKey(otherId, id) : cellKey(id, otherId);
    if (!root.rationales.has(key)) root.rationales.set(key, new Y.Text());
  }
}

export function addOption(doc: Y.Doc, fields: OptionFields): string {
  const parsed = validated(optionFieldsSchema, { description: "", mexicanResponse: "", ...fields }, "name");
  return addRecord(doc, "option", parsed);
}

export function addArea(doc: Y.Doc, fields: AreaFields): string {
  const parsed = validated(areaFieldsSchema, { description: "", ...fields }, "name");
  return addRecord(doc, "area", parsed);
}

function addRecord(doc: Y.Doc, kind: StructureKind, fields: Record<string, string>): string {
  requireRoom(doc, fields, "name");
  const id = newRecordId();
  const list = listOf(doc, kind);
  const last = positions(list).at(-1);
  doc.transact(() => {
    list.push([recordMap({ id, ...fields, position: (last?.position ?? 0) + 1 })]);
    addRationales(doc, kind, id);
  }, LOCAL_EDIT);
  return id;
}

const optionChangeSchema = z.strictObject(z.partial(optionFieldsSchema).shape);
const areaChangeSchema = z.strictObject(z.partial(areaFieldsSchema).shape);

/** Renames or re-describes a record; fields left out stay as they are. */
export function updateOption(doc: Y.Doc, id: string, change: Partial<OptionFields>): void {
  updateRecord(doc, "option", id, validated(optionChangeSchema, change, "option"));
}

export function updateArea(doc: Y.Doc, id: string, change: Partial<AreaFields>): void {
  updateRecord(doc, "area", id, validated(areaChangeSchema, change, "area"));
}

function updateRecord(doc: Y.Doc, kind: StructureKind, id: string, change: Record<string, unknown>): void {
  const record = findRecord(listOf(doc, kind), id);
  if (!record) throw new InvalidEditError(`${kind}Id`, `This ${kind} was removed by someone else.`);
  requireRoom(doc, change, kind);
  doc.transact(() => {
    for (const [field, value] of Object.entries(change)) if (value !== undefined) record.set(field, value);
  }, LOCAL_EDIT);
}

/**
 * Moves a record to `toIndex` in display order by giving it a position between its new
 * neighbours: a move is one field change, so concurrent moves never duplicate a record.
 */
export function moveRecord(doc: Y.Doc, kind: StructureKind, id: string, toIndex: number): void {
  const list = listOf(doc, kind);
  const record = findRecord(list, id);
  if (!record) throw new InvalidEditError(`${kind}Id`, `This ${kind} was removed by someone else.`);
  const others = positions(list).filter((entry) => entry.id !== id);
  const index = Math.max(0, Math.min(others.length, Math.trunc(toIndex)));
  const before = others[index - 1]?.position;
  const after = others[index]?.position;
  const position =
    before === undefined && after === undefined
      ? 1
      : before === undefined
        ? (after as number) - 1
        : after === undefined
          ? before + 1
          : (before + after) / 2;
  doc.transact(() => record.set("position", position), LOCAL_EDIT);
}

/**
 * Removes an option or area with everything that hangs on it: its cells' ratings and
 * rationales, its resource demand or weight, the threads on it and on its cells, and
 * threat links to it. `removalImpact` says beforehand what goes.
 */
export function removeRecord(doc: Y.Doc, kind: StructureKind, id: string): void {
  requireId(id, `${kind}Id`);
  const root = roots(doc);
  const list = listOf(doc, kind);
  const index = findIndex(list, id);
  if (index < 0) return;
  const prefix =
    kind === "option" ? (key: string) => key.endsWith(`|${id}`) : (key: string) => key.startsWith(`${id}|`);
  doc.transact(() => {
    list.delete(index, 1);
    for (const map of [root.ratings, root.rationales, root.rationaleEdits]) {
      for (const key of [...map.keys()]) if (prefix(key)) map.delete(key);
    }
    if (kind === "option") root.resourceDemand.delete(id);
    else root.weights.delete(id);
    root.threads.forEach((thread, threadId) => {
      if (thread instanceof Y.Map && targetsRecord(thread.get("target"), kind, id)) root.threads.delete(threadId);
    });
    if (kind === "area") {
      for (const threat of root.threats.toArray()) {
        const links = threat.get("areaLinks");
        if (links instanceof Y.Map && links.has(id)) links.delete(id);
      }
    }
  }, LOCAL_EDIT);
}

const targetRefSchema = z.object({
  kind: z.string(),
  optionId: z.optional(z.string()),
  areaId: z.optional(z.string()),
});

export function targetsRecord(target: unknown, kind: StructureKind, id: string): boolean {
  const parsed = targetRefSchema.safeParse(target);
  if (!parsed.success) return false;
  const ref = parsed.data;
  if (ref.kind !== "cell" && ref.kind !== kind) return false;
  return kind === "option" ? ref.optionId === id : ref.areaId === id;
}
