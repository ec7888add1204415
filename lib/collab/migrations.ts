import * as Y from "yjs";
import { cellKey, roots } from "./roots";
import { BRIEF_AREAS, BRIEF_OPTIONS, BRIEF_THREATS } from "../domain/brief-2009";
import { SCHEMA_VERSION } from "./schema";
import { SEED_V2_OPTIONS, SEED_V2_THREAT_NAMES, SEED_V2_THREAT_SOURCES } from "./seed-v2";

interface Migration {
  /** The schema version the document has after this migration. */
  to: number;
  up: (doc: Y.Doc) => void;
}

/**
 * Version 2: options and areas get a `position` (display order) and areas a description;
 * every cell gets a collaborative rationale text; threats get an owner, a next review date,
 * links to priority areas, and their notes become collaborative text.
 */
function toVersion2(doc: Y.Doc): void {
  const root = roots(doc);
  const ids = (list: Y.Array<Y.Map<unknown>>) =>
    list.toArray().flatMap((record) => (record instanceof Y.Map ? [String(record.get("id"))] : []));
  const stampPositions = (list: Y.Array<Y.Map<unknown>>) =>
    list.forEach((record, index) => {
      if (record instanceof Y.Map && typeof record.get("position") !== "number") record.set("position", index + 1);
    });
  stampPositions(root.options);
  stampPositions(root.areas);
  root.areas.forEach((area) => {
    if (area instanceof Y.Map && typeof area.get("description") !== "string") area.set("description", "");
  });
  for (const areaId of ids(root.areas)) {
    for (const optionId of ids(root.options)) {
      const key = cellKey(areaId, optionId);
      if (!(root.rationales.get(key) instanceof Y.Text)) root.rationales.set(key, new Y.Text());
    }
  }
  root.threats.forEach((threat) => {
    if (!(threat instanceof Y.Map)) return;
    const notes = threat.get("notes");
    if (!(notes instanceof Y.Text)) threat.set("notes", new Y.Text(typeof notes === "string" ? notes : ""));
    if (typeof threat.get("owner") !== "string") threat.set("owner", "");
    if (!threat.has("nextReview")) threat.set("nextReview", null);
    if (!(threat.get("areaLinks") instanceof Y.Map)) threat.set("areaLinks", new Y.Map<boolean>());
  });
}

function recordsById(list: Y.Array<Y.Map<unknown>>): Map<string, Y.Map<unknown>> {
  const records = new Map<string, Y.Map<unknown>>();
  list.forEach((record) => {
    if (record instanceof Y.Map) records.set(String(record.get("id")), record);
  });
  return records;
}

function sameList(value: unknown, expected: readonly string[]): boolean {
  return Array.isArray(value) && value.length === expected.length && value.every((item, i) => item === expected[i]);
}

/** Replaces a field of a record only while it still holds the text the template seeded. */
function reseed(record: Y.Map<unknown> | undefined, field: string, seeded: string, next: string): void {
  if (record && record.get(field) === seeded) record.set(field, next);
}

/**
 * Version 3: the brief's template says what the brief says (options' wording, the priority
 * areas' own words, "Corruption", the brief among every threat's sources), and threats get a
 * `description`. Seeded text changes only where a field still equals what version 2 seeded.
 */
function toVersion3(doc: Y.Doc): void {
  const root = roots(doc);
  const fromBrief = root.meta.get("template") === "rand-mexico-2009";
  const options = recordsById(root.options);
  const areas = recordsById(root.areas);
  const threats = recordsById(root.threats);
  if (fromBrief) {
    for (const { id, field, text } of SEED_V2_OPTIONS) {
      const next = BRIEF_OPTIONS.find((option) => option.id === id)?.[field];
      if (next !== undefined) reseed(options.get(id), field, text, next);
    }
    for (const area of BRIEF_AREAS) reseed(areas.get(area.id), "description", "", area.description);
  }
  threats.forEach((record, id) => {
    const seeded = fromBrief ? BRIEF_THREATS.find((threat) => threat.id === id) : undefined;
    if (typeof record.get("description") !== "string") record.set("description", seeded?.description ?? "");
    if (!seeded) return;
    const oldName = SEED_V2_THREAT_NAMES[id];
    if (oldName !== undefined) reseed(record, "name", oldName, seeded.name);
    const oldSources = SEED_V2_THREAT_SOURCES[id];
    if (oldSources && sameList(record.get("sources"), oldSources)) record.set("sources", [...seeded.sources]);
  });
}

/**
 * Version 4: the server-owned roots of live rating sessions, `sessions` (what everyone sees
 * of a session) and `outcomes` (recorded consensus values). Both start empty; creating them
 * here gives them their proper type before any update could create them as another.
 */
function toVersion4(doc: Y.Doc): void {
  roots(doc);
}

/**
 * Ordered upgrades of stored documents. Version 1 is the first released schema; a document
 * without a version predates it only in tests and fixtures, and is stamped as version 1.
 */
const MIGRATIONS: readonly Migration[] = [
  { to: 1, up: () => undefined },
  { to: 2, up: toVersion2 },
  { to: 3, up: toVersion3 },
  { to: 4, up: toVersion4 },
];

export function documentVersion(doc: Y.Doc): number {
  const version = roots(doc).meta.get("schemaVersion");
  return typeof version === "number" && Number.isInteger(version) ? version : 0;
}

export class NewerSchemaError extends Error {
  constructor(readonly version: number) {
    super(
      `This workspace was saved by a newer Mesa (schema ${version}; this one knows ${SCHEMA_VERSION}). Update Mesa.`,
    );
    this.name = "NewerSchemaError";
  }
}

/** Upgrades the document in place, in one transaction. Returns whether anything changed. */
export function migrateWorkspaceDoc(doc: Y.Doc, migrations: readonly Migration[] = MIGRATIONS): boolean {
  const from = documentVersion(doc);
  const target = migrations.reduce((latest, migration) => Math.max(latest, migration.to), 0);
  if (from > target) throw new NewerSchemaError(from);
  const pending = migrations.filter((migration) => migration.to > from).sort((a, b) => a.to - b.to);
  if (pending.length === 0) return false;
  doc.transact(() => {
    for (const migration of pending) {
      migration.up(doc);
      roots(doc).meta.set("schemaVersion", migration.to);
    }
  });
  return true;
}

export type { Migration };
