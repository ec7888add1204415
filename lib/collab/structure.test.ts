import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  InvalidEditError,
  LIMITS,
  addArea,
  addOption,
  areaWeight,
  cellRationale,
  createWorkspaceDoc,
  describeImpact,
  moveRecord,
  openThread,
  rationaleText,
  readWorkspace,
  removalImpact,
  removeRecord,
  setAreaWeight,
  setThreatAreaLink,
  updateArea,
  updateOption,
} from "./index";

const ana = { id: "p-ana", name: "Ana" };

function freshDoc() {
  return createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("options and priority areas", () => {
  it("adds an option at the end with a rationale text for every area", () => {
    const doc = freshDoc();
    const id = addOption(doc, { name: "  Selective engagement  ", description: "Middle road" });
    const snapshot = readWorkspace(doc);
    expect(snapshot.options.at(-1)).toMatchObject({ id, name: "Selective engagement", description: "Middle road" });
    for (const area of snapshot.areas) expect(doc.getMap("rationales").get(`${area.id}|${id}`)).toBeInstanceOf(Y.Text);
  });

  it("refuses an empty or over-long name, naming the field", () => {
    const doc = freshDoc();
    expect(() => addArea(doc, { name: "   " })).toThrow(expect.objectContaining({ field: "name" }));
    expect(() => updateOption(doc, "partnership", { name: "x".repeat(LIMITS.nameLength + 1) })).toThrow(
      InvalidEditError,
    );
    expect(readWorkspace(doc).options[0]?.name).toBe("Strategic partnership");
  });

  it("renames and describes", () => {
    const doc = freshDoc();
    updateArea(doc, "domestic", { name: "Domestic concerns", description: "Crime, corruption" });
    expect(readWorkspace(doc).areas.find((area) => area.id === "domestic")).toMatchObject({
      name: "Domestic concerns",
      description: "Crime, corruption",
    });
  });

  it("moves a record between its neighbours", () => {
    const doc = freshDoc();
    moveRecord(doc, "option", "retrenchment", 0);
    expect(readWorkspace(doc).options.map((option) => option.id)).toEqual([
      "retrenchment",
      "partnership",
      "status-quo",
    ]);
    moveRecord(doc, "option", "retrenchment", 1);
    expect(readWorkspace(doc).options.map((option) => option.id)).toEqual([
      "partnership",
      "retrenchment",
      "status-quo",
    ]);
    moveRecord(doc, "option", "partnership", 99);
    expect(readWorkspace(doc).options.map((option) => option.id)).toEqual([
      "retrenchment",
      "status-quo",
      "partnership",
    ]);
  });

  it("never duplicates a record that two people move at once", () => {
    const a = freshDoc();
    const b = new Y.Doc();
    sync(a, b);
    moveRecord(a, "option", "retrenchment", 0);
    moveRecord(b, "option", "retrenchment", 1);
    sync(a, b);
    expect(readWorkspace(a).options).toHaveLength(3);
    expect(readWorkspace(a)).toEqual(readWorkspace(b));
  });

  it("says what a removal takes with it, then removes all of it", () => {
    const doc = freshDoc();
    rationaleText(doc, "strategy", "retrenchment").insert(0, "Cuts the strategy work");
    openThread(doc, { target: { kind: "cell", areaId: "strategy", optionId: "retrenchment" }, text: "Sure?" }, ana);
    openThread(doc, { target: { kind: "option", optionId: "partnership" }, text: "Keep" }, ana);
    setThreatAreaLink(doc, "terrorism", "strategy", true, ana);
    const before = readWorkspace(doc);
    const impact = removalImpact(before, "area", "strategy");
    expect(impact).toEqual({ ratings: 3, rationales: 1, threads: 1, threatLinks: 1 });
    expect(describeImpact(impact)).toBe("3 ratings, 1 rationale, 1 comment thread and 1 threat link");

    removeRecord(doc, "area", "strategy");
    const after = readWorkspace(doc);
    expect(after.areas.map((area) => area.id)).not.toContain("strategy");
    expect(Object.keys(after.ratings).some((key) => key.startsWith("strategy|"))).toBe(false);
    expect(cellRationale(after, "strategy", "retrenchment")).toBe("");
    expect(after.threads).toHaveLength(1);
    expect(after.threats.find((threat) => threat.id === "terrorism")?.areaIds).toEqual([]);
  });

  it("counts an option's resource demand among what its removal takes", () => {
    const impact = removalImpact(readWorkspace(freshDoc()), "option", "retrenchment");
    expect(impact).toEqual({ ratings: 5, rationales: 0, threads: 0, threatLinks: 0 });
    expect(describeImpact({ ratings: 0, rationales: 0, threads: 0, threatLinks: 0 })).toBe("");
  });
});

describe("priority weights", () => {
  it("default to 1 and accept values within 0–10", () => {
    const doc = freshDoc();
    expect(areaWeight(readWorkspace(doc), "strategy")).toBe(LIMITS.defaultWeight);
    setAreaWeight(doc, "strategy", 2.5, ana, 10);
    expect(areaWeight(readWorkspace(doc), "strategy")).toBe(2.5);
    expect(readWorkspace(doc).weights["strategy"]).toMatchObject({ by: "p-ana", at: 10 });
  });

  it("refuse values outside the range", () => {
    const doc = freshDoc();
    expect(() => setAreaWeight(doc, "strategy", 11, ana)).toThrow(expect.objectContaining({ field: "weight" }));
    expect(() => setAreaWeight(doc, "strategy", -1, ana)).toThrow(InvalidEditError);
    expect(() => setAreaWeight(doc, "strategy", Number.NaN, ana)).toThrow(InvalidEditError);
  });

  it("ignore an out-of-range weight written by a misbehaving client, with a warning", () => {
    const doc = freshDoc();
    doc.getMap("weights").set("strategy", { weight: 99 });
    const report = vi.fn();
    expect(areaWeight(readWorkspace(doc, report), "strategy")).toBe(LIMITS.defaultWeight);
    expect(report).toHaveBeenCalledWith("weights.strategy.weight", expect.stringContaining("at most"));
  });
});

describe("rationales", () => {
  it("merge when two people type in one rationale at once", () => {
    const a = freshDoc();
    const b = new Y.Doc();
    sync(a, b);
    rationaleText(a, "strategy", "partnership").insert(0, "Builds institutions. ");
    rationaleText(b, "strategy", "partnership").insert(0, "Costly.");
    sync(a, b);
    const text = cellRationale(readWorkspace(a), "strategy", "partnership");
    expect(text).toContain("Builds institutions. ");
    expect(text).toContain("Costly.");
    expect(cellRationale(readWorkspace(b), "strategy", "partnership")).toBe(text);
  });

  it("never hand the UI more than the limit", () => {
    const doc = freshDoc();
    rationaleText(doc, "strategy", "partnership").insert(0, "x".repeat(LIMITS.rationaleLength + 10));
    const report = vi.fn();
    expect(cellRationale(readWorkspace(doc, report), "strategy", "partnership")).toHaveLength(LIMITS.rationaleLength);
    expect(report).toHaveBeenCalledWith("rationales.strategy|partnership", expect.stringContaining("longer than"));
  });
});
