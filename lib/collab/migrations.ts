import type * as Y from "yjs";
import { roots } from "./roots";
import { SCHEMA_VERSION } from "./schema";

interface Migration {
  /** The schema version the document has after this migration. */
  to: number;
  up: (doc: Y.Doc) => void;
}

/**
 * Ordered upgrades of stored documents. Version 1 is the first released schema; a document
 * without a version predates it only in tests and fixtures, and is stamped as version 1.
 */
const MIGRATIONS: readonly Migration[] = [{ to: 1, up: () => undefined }];

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
