import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  createWorkspaceDoc,
  documentVersion,
  migrateWorkspaceDoc,
  NewerSchemaError,
  readWorkspace,
  SCHEMA_VERSION,
} from "./index";

/** A document as schema version 1 stored it: no positions, plain-string threat notes. */
function versionOneDoc(): Y.Doc {
  const doc = new Y.Doc();
  const record = (fields: Record<string, unknown>) => {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
    return map;
  };
  doc.transact(() => {
    const meta = doc.getMap("meta");
    meta.set("schemaVersion", 1);
    meta.set("title", "Old");
    meta.set("template", "blank");
    meta.set("createdAt", 0);
    doc
      .getArray("options")
      .push([
        record({ id: "b-option", name: "B", description: "", mexicanResponse: "" }),
        record({ id: "a-option", name: "A", description: "", mexicanResponse: "" }),
      ]);
    doc.getArray("areas").push([record({ id: "area", name: "Area" })]);
    doc.getArray("threats").push([
      record({
        id: "t",
        name: "Threat",
        category: "us_priority",
        trend: "stable",
        likelihood: null,
        impact: null,
        actors: [],
        notes: "Old notes",
        sources: [],
      }),
    ]);
  });
  return doc;
}

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
    const v = SCHEMA_VERSION;
    const migrations = [
      { to: v + 2, up: () => steps.push(v + 2) },
      { to: v, up: () => steps.push(v) },
      { to: v + 1, up: () => steps.push(v + 1) },
    ];
    expect(migrateWorkspaceDoc(doc, migrations)).toBe(true);
    expect(steps).toEqual([v + 1, v + 2]);
    expect(documentVersion(doc)).toBe(v + 2);
    expect(transactions).toBe(1);
  });

  it("upgrades a version 1 document: positions, rationale texts, collaborative threat notes", () => {
    const doc = versionOneDoc();
    expect(migrateWorkspaceDoc(doc)).toBe(true);
    const report = vi.fn();
    const snapshot = readWorkspace(doc, report);
    expect(report).not.toHaveBeenCalled();
    expect(snapshot.options.map((option) => option.id)).toEqual(["b-option", "a-option"]);
    expect(snapshot.areas).toEqual([{ id: "area", name: "Area", description: "", position: 1 }]);
    expect(doc.getMap("rationales").get("area|a-option")).toBeInstanceOf(Y.Text);
    expect(snapshot.threats[0]).toMatchObject({ notes: "Old notes", owner: "", nextReview: null, areaIds: [] });
    const threat = doc.getArray<Y.Map<unknown>>("threats").get(0);
    expect(threat.get("notes")).toBeInstanceOf(Y.Text);
    expect(migrateWorkspaceDoc(doc)).toBe(false);
  });

  it("refuses a document from a newer schema", () => {
    const doc = createWorkspaceDoc({ title: "T", template: "blank", createdAt: 0 });
    doc.getMap("meta").set("schemaVersion", SCHEMA_VERSION + 1);
    expect(() => migrateWorkspaceDoc(doc)).toThrow(NewerSchemaError);
  });
});
