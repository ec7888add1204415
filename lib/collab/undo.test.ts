import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  LOCAL_EDIT,
  addOption,
  cellLevel,
  cellRationale,
  createUndoManager,
  createWorkspaceDoc,
  rationaleText,
  readWorkspace,
  removeRecord,
  setCellLevel,
} from "./index";

const ana = { id: "p-ana", name: "Ana" };
const ben = { id: "p-ben", name: "Ben" };

function pair() {
  const a = createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
  const b = new Y.Doc();
  const relay = (from: Y.Doc, to: Y.Doc) =>
    from.on("update", (update: Uint8Array, origin: unknown) => {
      if (origin !== "relay") Y.applyUpdate(to, update, "relay");
    });
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
  relay(a, b);
  relay(b, a);
  return { a, b };
}

describe("undo", () => {
  it("undoes only this person's edits, never a peer's", () => {
    const { a, b } = pair();
    const undo = createUndoManager(a, 0);
    setCellLevel(a, "strategy", "partnership", "low", ana);
    setCellLevel(b, "domestic", "status-quo", "high", ben);
    undo.undo();
    expect(cellLevel(readWorkspace(a), "strategy", "partnership")).toBe("high");
    expect(cellLevel(readWorkspace(a), "domestic", "status-quo")).toBe("high");
    expect(readWorkspace(b)).toEqual(readWorkspace(a));
    undo.redo();
    expect(cellLevel(readWorkspace(b), "strategy", "partnership")).toBe("low");
  });

  it("leaves a peer's typing in a shared rationale when undoing one's own", () => {
    const { a, b } = pair();
    const undo = createUndoManager(a, 0);
    const mine = rationaleText(a, "strategy", "partnership");
    a.transact(() => mine.insert(0, "Mine. "), LOCAL_EDIT);
    b.transact(() => rationaleText(b, "strategy", "partnership").insert(6, "Theirs."));
    undo.undo();
    expect(cellRationale(readWorkspace(a), "strategy", "partnership")).toBe("Theirs.");
  });

  it("brings back a removed option with its ratings in one step", () => {
    const { a } = pair();
    const undo = createUndoManager(a, 0);
    removeRecord(a, "option", "retrenchment");
    expect(readWorkspace(a).options.map((option) => option.id)).not.toContain("retrenchment");
    undo.undo();
    const snapshot = readWorkspace(a);
    expect(snapshot.options.map((option) => option.id)).toContain("retrenchment");
    expect(cellLevel(snapshot, "strategy", "retrenchment")).toBe("low");
    expect(snapshot.resourceDemand["retrenchment"]?.level).toBe("low");
  });

  it("undoes an added option", () => {
    const { a } = pair();
    const undo = createUndoManager(a, 0);
    const id = addOption(a, { name: "Added" });
    undo.undo();
    expect(readWorkspace(a).options.some((option) => option.id === id)).toBe(false);
  });
});
