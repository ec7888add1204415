import * as Y from "yjs";

/**
 * The only module that names the document's roots. Keys of the maps:
 * - meta: schemaVersion, title, template, createdAt
 * - options / areas / threats: arrays of Y.Map records; options and areas are shown in
 *   `position` order, threats in array order
 * - ratings: `${areaId}|${optionId}` -> plain rating object (last writer wins per cell)
 * - rationales: `${areaId}|${optionId}` -> Y.Text, merged character by character
 * - rationaleEdits: `${areaId}|${optionId}` -> who last edited the rationale, and when
 * - resourceDemand: optionId -> plain rating object
 * - weights: areaId -> { weight, by, byName, at }
 * - threads: threadId -> Y.Map { id, target, title, created, resolved, comments: Y.Array<Y.Map> }
 * - sessions: sessionId -> plain published session (server-owned: status, counts, results)
 * - outcomes: target key (lib/contract/sessions `targetKey`) -> plain recorded outcome (server-owned)
 * A threat record holds `notes` as Y.Text and `areaLinks` as a Y.Map of areaId -> true, so
 * two people linking different areas at once both keep their link.
 */
/** Every root a workspace document has; anything else in a document is refused. */
export const ROOT_NAMES = [
  "meta",
  "options",
  "areas",
  "ratings",
  "rationales",
  "rationaleEdits",
  "resourceDemand",
  "weights",
  "threats",
  "threads",
  "sessions",
  "outcomes",
] as const;

export type RootName = (typeof ROOT_NAMES)[number];

export function roots(doc: Y.Doc) {
  return {
    meta: doc.getMap<unknown>("meta"),
    options: doc.getArray<Y.Map<unknown>>("options"),
    areas: doc.getArray<Y.Map<unknown>>("areas"),
    ratings: doc.getMap<unknown>("ratings"),
    rationales: doc.getMap<unknown>("rationales"),
    rationaleEdits: doc.getMap<unknown>("rationaleEdits"),
    resourceDemand: doc.getMap<unknown>("resourceDemand"),
    weights: doc.getMap<unknown>("weights"),
    threats: doc.getArray<Y.Map<unknown>>("threats"),
    threads: doc.getMap<unknown>("threads"),
    sessions: doc.getMap<unknown>("sessions"),
    outcomes: doc.getMap<unknown>("outcomes"),
  };
}

export type Roots = ReturnType<typeof roots>;

export function cellKey(areaId: string, optionId: string): string {
  return `${areaId}|${optionId}`;
}

/** A record is stored as a Y.Map so that concurrent edits of different fields both survive. */
export function recordMap(fields: Record<string, unknown>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(fields)) map.set(key, value);
  return map;
}

export function textOf(content: string): Y.Text {
  return new Y.Text(content);
}

export function findRecord(list: Y.Array<Y.Map<unknown>>, id: string): Y.Map<unknown> | undefined {
  return list.toArray().find((record) => record instanceof Y.Map && record.get("id") === id);
}

export function findIndex(list: Y.Array<Y.Map<unknown>>, id: string): number {
  return list.toArray().findIndex((record) => record instanceof Y.Map && record.get("id") === id);
}

const ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/**
 * A random id that fits `idSchema`. `getRandomValues` works in every browser context,
 * unlike `randomUUID`, which needs a secure origin.
 */
export function newRecordId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(14));
  return Array.from(bytes, (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join("");
}
