import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { createWorkspaceDoc, documentVersion, migrateWorkspaceDoc, NewerSchemaError, SCHEMA_VERSION } from "./index";

describe("document migrations", () => {
  it("leaves a current document unchanged", () => {
    const doc = createWorkspaceDoc({ title: "T", template: "blank", createdAt: 0 });
    expect(migrateWorkspaceDoc(doc)).toBe(false);
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION);
  });

  it("stamps an unversioned document", () => {
    const doc = new Y.Doc();
    expect(documentVersion(doc)).toBe(0);
    expect(migrateWorkspaceDoc(doc)).toBe(true);
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION);
  });

  it("runs pending migrations in order, in one transaction", () => {
    const doc = createWorkspaceDoc({ title: "T", template: "blank", createdAt: 0 });
    const steps: number[] = [];
    let transactions = 0;
    doc.on("afterTransaction", () => transactions++);
    const migrations = [
      { to: 3, up: () => steps.push(3) },
      { to: 1, up: () => steps.push(1) },
      { to: 2, up: () => steps.push(2) },
    ];
    expect(migrateWorkspaceDoc(doc, migrations)).toBe(true);
    expect(steps).toEqual([2, 3]);
    expect(documentVersion(doc)).toBe(3);
    expect(transactions).toBe(1);
  });

  it("refuses a document from a newer schema", () => {
    const doc = createWorkspaceDoc({ title: "T", template: "blank", createdAt: 0 });
    doc.getMap("meta").set("schemaVersion", SCHEMA_VERSION + 1);
    expect(() => migrateWorkspaceDoc(doc)).toThrow(NewerSchemaError);
  });
});
