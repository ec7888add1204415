import * as Y from "yjs";
import type * as z from "../zod";
import type { Level } from "../domain/scales";
import { cellKey, roots } from "./roots";
import {
  LIMITS,
  areaSchema,
  authorshipSchema,
  metaSchema,
  optionSchema,
  ratingSchema,
  threatSchema,
  weightEntrySchema,
  type Authorship,
  type MatrixOption,
  type PriorityArea,
  type Rating,
  type Threat,
  type WeightEntry,
  type WorkspaceMeta,
} from "./schema";
import { parseOr, readText, warnToConsole, type InvalidValueReporter } from "./parse";
import { readThreads } from "./read-threads";
import type { Thread } from "./thread-schema";

export type { InvalidValueReporter };

const UNRATED: Rating = { level: null };

export interface WorkspaceSnapshot {
  meta: WorkspaceMeta;
  /** In display order. */
  options: MatrixOption[];
  /** In display order. */
  areas: PriorityArea[];
  /** Keyed by `cellKey(areaId, optionId)`; a missing key means unrated. */
  ratings: Record<string, Rating>;
  /** Keyed by `cellKey(areaId, optionId)`; a missing key means no rationale yet. */
  rationales: Record<string, string>;
  rationaleEdits: Record<string, Authorship>;
  /** Keyed by option id. */
  resourceDemand: Record<string, Rating>;
  /** Keyed by area id; a missing key means the default weight. */
  weights: Record<string, WeightEntry>;
  threats: Threat[];
  /** Threads whose target still exists, oldest first. */
  threads: Thread[];
}

function plainRecord(item: Y.Map<unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  // Nested types stay as they are: the caller turns the ones it expects into plain values.
  item.forEach((value, key) => {
    fields[key] = value;
  });
  return fields;
}

function readRecords<T extends { id: string }>(
  list: Y.Array<Y.Map<unknown>>,
  schema: z.ZodMiniType<T>,
  where: string,
  report: InvalidValueReporter,
  prepare: (fields: Record<string, unknown>, where: string) => Record<string, unknown> = (fields) => fields,
): T[] {
  const seen = new Set<string>();
  const records: T[] = [];
  list.forEach((item, index) => {
    const at = `${where}[${index}]`;
    const value = item instanceof Y.Map ? prepare(plainRecord(item), at) : item;
    const record = parseOr(schema, value, at, report);
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      records.push(record);
    }
  });
  return records;
}

function byPosition<T extends { id: string; position: number }>(records: T[]): T[] {
  return records.sort((a, b) => a.position - b.position || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function readMap<T>(map: Y.Map<unknown>, schema: z.ZodMiniType<T>, where: string, report: InvalidValueReporter) {
  const entries: Record<string, T> = {};
  map.forEach((value, key) => {
    const entry = parseOr(schema, value, `${where}.${key}`, report);
    if (entry) entries[key] = entry;
  });
  return entries;
}

function readThreats(doc: Y.Doc, areaIds: Set<string>, report: InvalidValueReporter): Threat[] {
  return readRecords(roots(doc).threats, threatSchema, "threats", report, (fields, where) => {
    const links = fields["areaLinks"];
    const linked: string[] = [];
    if (links instanceof Y.Map)
      links.forEach((value, areaId) => value === true && areaIds.has(areaId) && linked.push(areaId));
    const { areaLinks: _links, ...rest } = fields;
    return {
      ...rest,
      notes: readText(fields["notes"], LIMITS.notesLength, `${where}.notes`, report),
      areaIds: linked,
    };
  });
}

const FALLBACK_META: WorkspaceMeta = { schemaVersion: 0, title: "Untitled workspace", template: "blank", createdAt: 0 };

/** A validated, plain-object view of the whole document. Invalid values are reported and left out. */
export function readWorkspace(doc: Y.Doc, report: InvalidValueReporter = warnToConsole): WorkspaceSnapshot {
  const root = roots(doc);
  const options = byPosition(readRecords(root.options, optionSchema, "options", report));
  const areas = byPosition(readRecords(root.areas, areaSchema, "areas", report));
  const areaOrder = new Map(areas.map((area, index) => [area.id, index]));
  const threats = readThreats(doc, new Set(areaOrder.keys()), report);
  for (const threat of threats) threat.areaIds.sort((a, b) => (areaOrder.get(a) ?? 0) - (areaOrder.get(b) ?? 0));
  const rationales: Record<string, string> = {};
  root.rationales.forEach((value, key) => {
    const text = readText(value, LIMITS.rationaleLength, `rationales.${key}`, report);
    if (text) rationales[key] = text;
  });
  const snapshot: WorkspaceSnapshot = {
    // An empty meta is a document not synced yet, not a bad value.
    meta: (root.meta.size > 0 ? parseOr(metaSchema, root.meta.toJSON(), "meta", report) : undefined) ?? FALLBACK_META,
    options,
    areas,
    ratings: readMap(root.ratings, ratingSchema, "ratings", report),
    rationales,
    rationaleEdits: readMap(root.rationaleEdits, authorshipSchema, "rationaleEdits", report),
    resourceDemand: readMap(root.resourceDemand, ratingSchema, "resourceDemand", report),
    weights: readMap(root.weights, weightEntrySchema, "weights", report),
    threats,
    threads: [],
  };
  snapshot.threads = readThreads(doc, snapshot, report);
  return snapshot;
}

export function cellRating(snapshot: WorkspaceSnapshot, areaId: string, optionId: string): Rating {
  return snapshot.ratings[cellKey(areaId, optionId)] ?? UNRATED;
}

export function cellLevel(snapshot: WorkspaceSnapshot, areaId: string, optionId: string): Level | null {
  return cellRating(snapshot, areaId, optionId).level;
}

export function cellRationale(snapshot: WorkspaceSnapshot, areaId: string, optionId: string): string {
  return snapshot.rationales[cellKey(areaId, optionId)] ?? "";
}

export function demandRating(snapshot: WorkspaceSnapshot, optionId: string): Rating {
  return snapshot.resourceDemand[optionId] ?? UNRATED;
}

export function areaWeight(snapshot: WorkspaceSnapshot, areaId: string): number {
  return snapshot.weights[areaId]?.weight ?? LIMITS.defaultWeight;
}
