import * as Y from "yjs";
import type * as z from "../zod";
import type { RefusalCode } from "../contract/socket";
import { ROOT_NAMES, type RootName } from "./roots";
import {
  LIMITS,
  areaSchema,
  authorshipSchema,
  idSchema,
  optionSchema,
  ratingSchema,
  threatSchema,
  weightEntrySchema,
} from "./schema";
import { commentSchema, threadSchema } from "./thread-schema";
import { lockedChange } from "./session-lock";

/**
 * The server's half of "validate every write": given a transaction that applied one client's
 * update, says whether everything it touched is still valid. The page validates before it
 * writes (write*.ts); this holds the same line against a client that does not.
 *
 * Only what the transaction touched is read: maps by the keys it changed, records by the
 * fields it changed, texts by what it inserted. Values that were already invalid before are
 * not the sender's doing and are left to the readers, which drop them.
 */
export interface ChangeProblem {
  code: Extract<RefusalCode, "invalid" | "server_owned" | "unknown_root" | "wrong_author" | "too_large" | "locked">;
  /** Where in the document, e.g. `threats[2].likelihood`. */
  path: string;
  message: string;
}

export interface ChangeAuthor {
  /** The participant the sending socket is bound to. */
  participantId: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its events loosely.
type AnyType = Y.AbstractType<any>;

interface Location {
  root: string;
  /** Keys (map keys or array indexes) from the root down to the changed type. */
  path: (string | number)[];
}

/** Plain fields of a record map; nested types stay as they are. */
function fieldsOf(map: Y.Map<unknown>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  map.forEach((value, key) => {
    fields[key] = value;
  });
  return fields;
}

function locate(type: AnyType, rootNames: Map<AnyType, string>): Location | undefined {
  const path: (string | number)[] = [];
  let current: AnyType = type;
  for (;;) {
    const item = current._item;
    if (item === null) {
      const root = rootNames.get(current);
      return root === undefined ? undefined : { root, path: path.reverse() };
    }
    const parent = item.parent;
    if (!(parent instanceof Y.AbstractType)) return undefined;
    path.push(item.parentSub ?? indexIn(parent, item));
    current = parent;
  }
}

function indexIn(parent: AnyType, item: Y.Item): number {
  let index = 0;
  for (let n = parent._start; n !== null && n !== item; n = n.right) if (!n.deleted && n.countable) index += n.length;
  return index;
}

function where(location: Location, ...more: (string | number)[]): string {
  return [location.root, ...location.path, ...more]
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

function problem(code: ChangeProblem["code"], path: string, message: string): ChangeProblem {
  return { code, path, message };
}

function schemaProblem<T>(schema: z.ZodMiniType<T>, value: unknown, path: string): ChangeProblem | undefined {
  const result = schema.safeParse(value);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  const at = issue?.path.length ? `${path}.${issue.path.join(".")}` : path;
  return problem("invalid", at, `${at}: ${issue?.message ?? "not a valid value"}`);
}

/** Characters an update inserted into a text, refusing embeds and formatting a text never holds. */
function insertedText(event: Y.YEvent<Y.Text> | undefined): number | "not-plain" {
  if (!event) return 0;
  let inserted = 0;
  for (const op of event.delta) {
    if (op.attributes !== undefined) return "not-plain";
    if (op.insert === undefined) continue;
    if (typeof op.insert !== "string") return "not-plain";
    inserted += op.insert.length;
  }
  return inserted;
}

function checkText(value: unknown, limit: number, path: string, event?: Y.YEvent<Y.Text>): ChangeProblem | undefined {
  if (!(value instanceof Y.Text)) return problem("invalid", path, `${path} must be collaborative text.`);
  // A new text is checked whole; an existing one by what this update added, since two people
  // typing at once may together pass the limit (readers cut the merged text).
  const added = event ? insertedText(event) : value.length;
  if (added === "not-plain") return problem("invalid", path, `${path} holds only plain text.`);
  if (event === undefined && value.toDelta().some((op: { insert?: unknown }) => typeof op.insert !== "string")) {
    return problem("invalid", path, `${path} holds only plain text.`);
  }
  // Two people typing at once may pass the limit together; one person piling up edits may not.
  if (added > limit || value.length > 2 * limit) {
    return problem("invalid", path, `${path}: keep it to ${limit} characters.`);
  }
  return undefined;
}

function checkAreaLinks(value: unknown, path: string): ChangeProblem | undefined {
  if (!(value instanceof Y.Map)) return problem("invalid", path, `${path} must be a map of area ids.`);
  for (const [areaId, linked] of value.entries()) {
    if (!idSchema.safeParse(areaId).success || linked !== true) {
      return problem("invalid", `${path}.${areaId}`, `${path}: links are area ids set to true.`);
    }
  }
  return undefined;
}

function checkThreat(map: unknown, path: string): ChangeProblem | undefined {
  if (!(map instanceof Y.Map)) return problem("invalid", path, `${path} must be a threat record.`);
  const fields = fieldsOf(map);
  const notes = checkText(fields["notes"], LIMITS.notesLength, `${path}.notes`);
  if (notes) return notes;
  const links = checkAreaLinks(fields["areaLinks"], `${path}.areaLinks`);
  if (links) return links;
  const { areaLinks: _links, ...rest } = fields;
  return schemaProblem(threatSchema, { ...rest, notes: "", areaIds: [] }, path);
}

function checkRecord(schema: z.ZodMiniType<unknown>, map: unknown, path: string): ChangeProblem | undefined {
  if (!(map instanceof Y.Map)) return problem("invalid", path, `${path} must be a record.`);
  return schemaProblem(schema, fieldsOf(map), path);
}

function checkComment(map: unknown, path: string, author: ChangeAuthor, isNew: boolean): ChangeProblem | undefined {
  if (!(map instanceof Y.Map)) return problem("invalid", path, `${path} must be a comment record.`);
  const invalid = schemaProblem(commentSchema, map.toJSON(), path);
  if (invalid) return invalid;
  if (isNew && map.get("by") !== author.participantId) {
    return problem("wrong_author", `${path}.by`, "A new comment must carry its own author.");
  }
  return undefined;
}

function checkThread(map: unknown, key: string, path: string, author: ChangeAuthor, isNew: boolean) {
  if (!(map instanceof Y.Map)) return problem("invalid", path, `${path} must be a thread record.`);
  const comments = map.get("comments");
  if (!(comments instanceof Y.Array)) return problem("invalid", `${path}.comments`, `${path}.comments must be a list.`);
  const invalid = schemaProblem(threadSchema, map.toJSON(), path);
  if (invalid) return invalid;
  if (map.get("id") !== key) return problem("invalid", `${path}.id`, `${path}: the id must match its key.`);
  if (!isNew) return undefined;
  const created = authorshipSchema.parse(map.get("created"));
  if (created.by !== author.participantId) {
    return problem("wrong_author", `${path}.created.by`, "A new thread must carry its own author.");
  }
  // Replies restored by an undo keep their authors; a brand-new thread holds only its opener's words.
  return comments.toArray().every((comment) => comment instanceof Y.Map && comment.get("by") === author.participantId)
    ? undefined
    : problem("wrong_author", `${path}.comments`, "A new thread's comments must carry its own author.");
}

/** Whether a map key held a value before this transaction (a restore by undo, not a creation). */
function hadEarlierValue(map: AnyType, key: string, tr: Y.Transaction): boolean {
  let item = map._map.get(key)?.left ?? null;
  while (item !== null) {
    if (item.id.clock < (tr.beforeState.get(item.id.client) ?? 0)) return true;
    item = item.left;
  }
  return false;
}

type KeyCheck = (value: unknown, key: string, path: string) => ChangeProblem | undefined;

const plainEntry =
  (schema: z.ZodMiniType<unknown>, keyCheck: (key: string) => boolean): KeyCheck =>
  (value, key, path) =>
    !keyCheck(key) ? problem("invalid", path, `${path}: not a valid key.`) : schemaProblem(schema, value, path);

const isId = (key: string) => idSchema.safeParse(key).success;
const isCellKey = (key: string) => {
  const [areaId, optionId, extra] = key.split("|");
  return extra === undefined && areaId !== undefined && optionId !== undefined && isId(areaId) && isId(optionId);
};

/** Checks for the keys of root maps that hold one plain value per key. */
const ROOT_MAP_ENTRIES: Partial<Record<RootName, KeyCheck>> = {
  ratings: plainEntry(ratingSchema, isCellKey),
  resourceDemand: plainEntry(ratingSchema, isId),
  weights: plainEntry(weightEntrySchema, isId),
  rationaleEdits: plainEntry(authorshipSchema, isCellKey),
  rationales: (value, key, path) =>
    isCellKey(key) ? checkText(value, LIMITS.rationaleLength, path) : problem("invalid", path, `${path}: not a cell.`),
};

const RECORD_SCHEMAS: Partial<Record<RootName, z.ZodMiniType<unknown>>> = {
  options: optionSchema,
  areas: areaSchema,
};

/** The first problem of one changed type, if any. */
function checkChangedType(
  type: AnyType,
  keys: Set<string | null>,
  location: Location,
  tr: Y.Transaction,
  author: ChangeAuthor,
): ChangeProblem | undefined {
  const { root, path } = location;
  const at = (...more: (string | number)[]) => where(location, ...more);
  const event = tr.changedParentTypes.get(type)?.find((e) => e.target === type);
  const changedKeys = [...keys].filter((key): key is string => key !== null);
  const added = (): unknown[] =>
    event ? [...event.changes.added].flatMap((item) => (item.deleted ? [] : item.content.getContent())) : [];

  if (!(ROOT_NAMES as readonly string[]).includes(root)) {
    return problem("unknown_root", root, `"${root}" is not part of a workspace.`);
  }
  if (root === "meta") {
    return problem("server_owned", at(changedKeys[0] ?? ""), "Workspace details are changed by the server only.");
  }
  if (root === "sessions" || root === "outcomes") {
    return problem(
      "server_owned",
      at(changedKeys[0] ?? ""),
      "Rating sessions and their outcomes are changed by the server only.",
    );
  }
  const locked = lockedChange(tr.doc, root, path, changedKeys, added);
  if (locked) return problem("locked", where(location, locked.key), locked.message);
  // A map changes by key, a list or text by position; anything else is a type used as another.
  if (type instanceof Y.Map ? keys.has(null) : changedKeys.length > 0) {
    return problem("invalid", at(), `${at()} was written as the wrong kind of value.`);
  }
  const depth = path.length;
  if (depth === 0 && type instanceof Y.Map) {
    const entry = ROOT_MAP_ENTRIES[root as RootName];
    for (const key of changedKeys) {
      const value = type.get(key);
      if (value === undefined) continue;
      if (root === "threads") {
        const found = checkThread(value, key, at(key), author, !hadEarlierValue(type, key, tr));
        if (found) return found;
      } else if (entry) {
        const found = entry(value, key, at(key));
        if (found) return found;
      }
    }
    return undefined;
  }
  if (depth === 0) {
    // options, areas, threats: arrays of records.
    for (const record of added()) {
      const found =
        root === "threats"
          ? checkThreat(record, at("new"))
          : checkRecord(RECORD_SCHEMAS[root as RootName] ?? optionSchema, record, at("new"));
      if (found) return found;
    }
    return undefined;
  }
  return checkNested(type, changedKeys, location, event, tr, author, added);
}

function checkNested(
  type: AnyType,
  changedKeys: string[],
  location: Location,
  event: Y.YEvent<AnyType> | undefined,
  tr: Y.Transaction,
  author: ChangeAuthor,
  added: () => unknown[],
): ChangeProblem | undefined {
  const { root, path } = location;
  const at = (...more: (string | number)[]) => where(location, ...more);
  const depth = path.length;
  const recordSchema = RECORD_SCHEMAS[root as RootName];
  if (recordSchema && depth === 1) return checkRecord(recordSchema, type, at());
  if (root === "rationales" && depth === 1) {
    return checkText(type, LIMITS.rationaleLength, at(), event as Y.YEvent<Y.Text> | undefined);
  }
  if (root === "threats" && depth === 1) return checkThreat(type, at());
  if (root === "threats" && depth === 2 && path[1] === "notes") {
    return checkText(type, LIMITS.notesLength, at(), event as Y.YEvent<Y.Text> | undefined);
  }
  if (root === "threats" && depth === 2 && path[1] === "areaLinks") return checkAreaLinks(type, at());
  if (root === "threads" && depth === 1) {
    return checkThread(type, String(path[0]), at(), author, false);
  }
  if (root === "threads" && depth === 2 && path[1] === "comments") {
    const comments = added();
    if (comments.length > LIMITS.commentsPerThread) {
      return problem("invalid", at(), `A thread holds at most ${LIMITS.commentsPerThread} comments.`);
    }
    for (const comment of comments) {
      const found = checkComment(comment, at("new"), author, true);
      if (found) return found;
    }
    return undefined;
  }
  if (root === "threads" && depth === 3 && path[1] === "comments") {
    const found = checkComment(type, at(), author, false);
    if (found) return found;
    if (type instanceof Y.Map && type.get("by") !== author.participantId && changedKeys.length > 0) {
      return problem("wrong_author", at(), "Only its author changes a comment.");
    }
    return undefined;
  }
  return problem("invalid", at(), `${at()} is not a place the workspace keeps anything.`);
}

/**
 * The first problem in what `tr` changed, or `undefined` when all of it is valid. Must run
 * while the transaction is being cleaned up (an `afterTransaction` handler): its events and
 * the content it deleted are readable only until then.
 */
export function checkTransaction(tr: Y.Transaction, author: ChangeAuthor): ChangeProblem | undefined {
  const rootNames = new Map<AnyType, string>();
  tr.doc.share.forEach((type, name) => rootNames.set(type, name));
  for (const [type, keys] of tr.changed) {
    const location = locate(type, rootNames);
    if (location === undefined) continue;
    const found = checkChangedType(type, keys, location, tr, author);
    if (found) return found;
  }
  return undefined;
}
