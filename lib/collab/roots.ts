import * as Y from "yjs";

/**
 * The only module that names the document's roots. Keys of the maps:
 * - meta: schemaVersion, title, template, createdAt
 * - options / areas / threats: arrays of Y.Map records, in display order
 * - ratings: `${areaId}|${optionId}` -> plain rating object (last writer wins per cell)
 * - resourceDemand: optionId -> plain rating object
 */
export function roots(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>("meta"),
    options: doc.getArray<Y.Map<unknown>>("options"),
    areas: doc.getArray<Y.Map<unknown>>("areas"),
    ratings: doc.getMap<unknown>("ratings"),
    resourceDemand: doc.getMap<unknown>("resourceDemand"),
    threats: doc.getArray<Y.Map<unknown>>("threats"),
  };
}

export function cellKey(areaId: string, optionId: string): string {
  return `${areaId}|${optionId}`;
}

/** A record is stored as a Y.Map so that concurrent edits of different fields both survive. */
export function recordMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

export function findRecord(list: Y.Array<Y.Map<unknown>>, id: string): Y.Map<unknown> | undefined {
  return list.toArray().find((record) => record instanceof Y.Map && record.get("id") === id);
}
