import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  InvalidEditError,
  updateThreat,
  cellKey,
  cellRating,
  createWorkspaceDoc,
  readWorkspace,
  setCellLevel,
  setResourceDemand,
} from "./index";

const ana = { id: "p-ana", name: "Ana" };

function freshDoc() {
  return createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

describe("writing and reading the workspace", () => {
  it("round-trips a cell rating with its author and time", () => {
    const doc = freshDoc();
    setCellLevel(doc, "strategy", "status-quo", "medium", ana, 1234);
    const rating = cellRating(readWorkspace(copyOf(doc)), "strategy", "status-quo");
    expect(rating).toEqual({ level: "medium", by: "p-ana", byName: "Ana", at: 1234 });
  });

  it("clears a rating", () => {
    const doc = freshDoc();
    setCellLevel(doc, "strategy", "partnership", null, ana);
    expect(cellRating(readWorkspace(doc), "strategy", "partnership").level).toBeNull();
  });

  it("round-trips resource demand and threat assessments", () => {
    const doc = freshDoc();
    setResourceDemand(doc, "retrenchment", "medium", ana, 5);
    updateThreat(doc, "terrorism", { likelihood: 2, impact: 5, trend: "stable" }, ana, 6);
    const snapshot = readWorkspace(copyOf(doc));
    expect(snapshot.resourceDemand["retrenchment"]).toEqual({ level: "medium", by: "p-ana", byName: "Ana", at: 5 });
    expect(snapshot.threats.find((threat) => threat.id === "terrorism")).toMatchObject({
      likelihood: 2,
      impact: 5,
      trend: "stable",
      updatedBy: { by: "p-ana", at: 6 },
    });
  });

  it("refuses out-of-range threat scores, naming the field", () => {
    const doc = freshDoc();
    const attempt = () => updateThreat(doc, "terrorism", { likelihood: 6 as never }, ana);
    expect(attempt).toThrow(InvalidEditError);
    expect(attempt).toThrow(expect.objectContaining({ field: "likelihood" }));
    expect(() => updateThreat(doc, "no-such-threat", { impact: 1 }, ana)).toThrow(/removed by someone else/);
    expect(() => setCellLevel(doc, "bad id!", "partnership", "high", ana)).toThrow(InvalidEditError);
  });

  it("ignores and reports invalid values written by a misbehaving client", () => {
    const doc = freshDoc();
    doc.getMap("ratings").set(cellKey("strategy", "partnership"), { level: "extreme" });
    doc.getArray<Y.Map<unknown>>("threats").get(0).set("likelihood", 9);
    doc.getArray("options").push(["not a record"]);
    const report = vi.fn();
    const snapshot = readWorkspace(doc, report);
    expect(cellRating(snapshot, "strategy", "partnership").level).toBeNull();
    expect(snapshot.threats).toHaveLength(9);
    expect(snapshot.options).toHaveLength(3);
    expect(report).toHaveBeenCalledTimes(3);
    expect(report.mock.calls.map(([where]) => where).sort()).toEqual([
      "options[3]",
      "ratings.strategy|partnership.level",
      "threats[0].likelihood",
    ]);
  });

  it("reads a document that has not synced yet as empty, reporting nothing", () => {
    const report = vi.fn();
    const snapshot = readWorkspace(new Y.Doc(), report);
    expect(snapshot.options).toEqual([]);
    expect(snapshot.threats).toEqual([]);
    expect(report).not.toHaveBeenCalled();
  });

  it("reports a meta record that is there but broken", () => {
    const doc = freshDoc();
    doc.getMap("meta").set("schemaVersion", "two");
    const report = vi.fn();
    readWorkspace(doc, report);
    expect(report).toHaveBeenCalledWith("meta.schemaVersion", expect.any(String));
  });

  it("converges when two peers rate concurrently", () => {
    const a = freshDoc();
    const b = copyOf(a);
    setCellLevel(a, "strategy", "retrenchment", "medium", ana, 1);
    setCellLevel(b, "domestic", "status-quo", "high", { id: "p-ben", name: "Ben" }, 2);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readWorkspace(a)).toEqual(readWorkspace(b));
    expect(cellRating(readWorkspace(a), "domestic", "status-quo").level).toBe("high");
    expect(cellRating(readWorkspace(a), "strategy", "retrenchment").level).toBe("medium");
  });
});
