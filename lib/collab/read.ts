import * as Y from "yjs";
import type { z } from "zod";
import type { Level } from "../domain/scales";
import { cellKey, roots } from "./roots";
import {
  areaSchema,
  metaSchema,
  optionSchema,
  ratingSchema,
  threatSchema,
  type MatrixOption,
  type PriorityArea,
  type Rating,
  type Threat,
  type WorkspaceMeta,
} from "./schema";

export interface WorkspaceSnapshot {
  meta: WorkspaceMeta;
  options: MatrixOption[];
  areas: PriorityArea[];
  /** Keyed by `cellKey(areaId, optionId)`; a missing key means unrated. */
  ratings: Record<string, Rating>;
  /** Keyed by option id. */
  resourceDemand: Record<string, Rating>;
  threats: Threat[];
}

export type InvalidValueReporter = (where: string, issue: string) => void;

const warnToConsole: InvalidValueReporter = (where, issue) => {
  console.warn(`Ignored an invalid value in the workspace document at ${where}: ${issue}`);
};

const UNRATED: Rating = { level: null };

function parseOr<T>(schema: z.ZodType<T>, value: unknown, where: string, report: InvalidValueReporter): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  report(where, result.error.issues[0]?.message ?? "invalid");
  return undefined;
}

function readRecords<T extends { id: string }>(
  list: Y.Array<Y.Map<unknown>>,
  schema: z.ZodType<T>,
  where: string,
  report: InvalidValueReporter,
): T[] {
  const seen = new Set<string>();
  const records: T[] = [];
  list.forEach((item, index) => {
    const value = item instanceof Y.Map ? item.toJSON() : item;
    const record = parseOr(schema, value, `${where}[${index}]`, report);
    if (record && !seen.has(record.id)) {
      seen.add(record.id);
      records.push(record);
    }
  });
  return records;
}

function readRatingMap(map: Y.Map<unknown>, where: string, report: InvalidValueReporter): Record<string, Rating> {
  const ratings: Record<string, Rating> = {};
  map.forEach((value, key) => {
    const rating = parseOr(ratingSchema, value, `${where}.${key}`, report);
    if (rating) ratings[key] = rating;
  });
  return ratings;
}

const FALLBACK_META: WorkspaceMeta = { schemaVersion: 0, title: "Untitled workspace", template: "blank", createdAt: 0 };

/** A validated, plain-object view of the whole document. Invalid values are reported and left out. */
export function readWorkspace(doc: Y.Doc, report: InvalidValueReporter = warnToConsole): WorkspaceSnapshot {
  const root = roots(doc);
  return {
    meta: parseOr(metaSchema, root.meta.toJSON(), "meta", report) ?? FALLBACK_META,
    options: readRecords(root.options, optionSchema, "options", report),
    areas: readRecords(root.areas, areaSchema, "areas", report),
    ratings: readRatingMap(root.ratings, "ratings", report),
    resourceDemand: readRatingMap(root.resourceDemand, "resourceDemand", report),
    threats: readRecords(root.threats, threatSchema, "threats", report),
  };
}

export function cellRating(snapshot: WorkspaceSnapshot, areaId: string, optionId: string): Rating {
  return snapshot.ratings[cellKey(areaId, optionId)] ?? UNRATED;
}

export function cellLevel(snapshot: WorkspaceSnapshot, areaId: string, optionId: string): Level | null {
  return cellRating(snapshot, areaId, optionId).level;
}

export function demandRating(snapshot: WorkspaceSnapshot, optionId: string): Rating {
  return snapshot.resourceDemand[optionId] ?? UNRATED;
}
