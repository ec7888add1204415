import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import {
  InvalidEditError,
  LIMITS,
  addThreat,
  createWorkspaceDoc,
  deleteComment,
  editComment,
  openThread,
  openThreadCounts,
  readWorkspace,
  removeThreat,
  replyToThread,
  setThreadResolved,
  setThreatAreaLink,
  targetKey,
  threadsOn,
  threatNotesText,
  updateThreat,
} from "./index";

const ana = { id: "p-ana", name: "Ana" };
const ben = { id: "p-ben", name: "Ben" };
const cell = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;

function freshDoc() {
  return createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
}

describe("comment threads", () => {
  it("open on a cell, take replies from others and count as open until resolved", () => {
    const doc = freshDoc();
    const id = openThread(doc, { target: cell, text: "Is High justified?" }, ana, 1);
    replyToThread(doc, id, "The brief says so.", ben, 2);
    let snapshot = readWorkspace(doc);
    expect(threadsOn(snapshot.threads, cell)[0]?.comments.map((comment) => [comment.byName, comment.text])).toEqual([
      ["Ana", "Is High justified?"],
      ["Ben", "The brief says so."],
    ]);
    expect(openThreadCounts(snapshot.threads).get(targetKey(cell))).toBe(1);

    setThreadResolved(doc, id, true, ben, 3);
    snapshot = readWorkspace(doc);
    expect(snapshot.threads[0]?.resolved).toMatchObject({ by: "p-ben", at: 3 });
    expect(openThreadCounts(snapshot.threads).get(targetKey(cell))).toBeUndefined();
    setThreadResolved(doc, id, false, ana, 4);
    expect(openThreadCounts(readWorkspace(doc).threads).get(targetKey(cell))).toBe(1);
  });

  it("let only the author edit or delete a comment, and drop a thread left empty", () => {
    const doc = freshDoc();
    const id = openThread(doc, { target: { kind: "threat", threatId: "terrorism" }, text: "Low?" }, ana);
    const [first] = readWorkspace(doc).threads[0]!.comments;
    expect(() => editComment(doc, id, first!.id, "Mine now", ben)).toThrow(/Only the author/);
    expect(() => deleteComment(doc, id, first!.id, ben)).toThrow(InvalidEditError);
    editComment(doc, id, first!.id, "Low, per 2009 sources", ana, 9);
    expect(readWorkspace(doc).threads[0]?.comments[0]).toMatchObject({ text: "Low, per 2009 sources", editedAt: 9 });
    deleteComment(doc, id, first!.id, ana);
    expect(readWorkspace(doc).threads).toEqual([]);
  });

  it("refuse an empty or over-long comment and a span that ends before it starts", () => {
    const doc = freshDoc();
    expect(() => openThread(doc, { target: cell, text: "  " }, ana)).toThrow(
      expect.objectContaining({ field: "text" }),
    );
    expect(() => openThread(doc, { target: cell, text: "x".repeat(LIMITS.commentLength + 1) }, ana)).toThrow(
      InvalidEditError,
    );
    const span = { kind: "chart", chartId: "homicides", from: "2008", fromT: 2008, to: "2006", toT: 2006 } as const;
    expect(() => openThread(doc, { target: span, text: "Rise" }, ana)).toThrow(InvalidEditError);
  });

  it("leave out malformed threads from a misbehaving client, with a warning", () => {
    const doc = freshDoc();
    const bad = new Y.Map<unknown>();
    bad.set("id", "bad");
    bad.set("target", { kind: "cell", areaId: "strategy" });
    doc.getMap("threads").set("bad", bad);
    const report = vi.fn();
    expect(readWorkspace(doc, report).threads).toEqual([]);
    expect(report).toHaveBeenCalled();
  });

  it("go with the threat they are on", () => {
    const doc = freshDoc();
    openThread(doc, { target: { kind: "threat", threatId: "terrorism" }, text: "Check EPR" }, ana);
    removeThreat(doc, "terrorism");
    const snapshot = readWorkspace(doc);
    expect(snapshot.threads).toEqual([]);
    expect(snapshot.threats.some((threat) => threat.id === "terrorism")).toBe(false);
  });
});

describe("threats", () => {
  it("are added with defaults, edited field by field and linked to areas both ways", () => {
    const doc = freshDoc();
    const id = addThreat(doc, { name: "Cybercrime", owner: "Ana" }, ana, 5);
    updateThreat(doc, id, { likelihood: 3, impact: 4, nextReview: "2010-01-31", actors: ["Cartels"] }, ben, 6);
    setThreatAreaLink(doc, id, "transparency", true, ben);
    setThreatAreaLink(doc, id, "strategy", true, ben);
    threatNotesText(doc, id).insert(0, "Rising fast");
    const threat = readWorkspace(doc).threats.find((item) => item.id === id);
    expect(threat).toMatchObject({
      name: "Cybercrime",
      category: "us_priority",
      trend: "unassessed",
      likelihood: 3,
      impact: 4,
      owner: "Ana",
      nextReview: "2010-01-31",
      actors: ["Cartels"],
      notes: "Rising fast",
      areaIds: ["strategy", "transparency"],
      updatedBy: { by: "p-ben" },
    });
    setThreatAreaLink(doc, id, "strategy", false, ben);
    expect(readWorkspace(doc).threats.find((item) => item.id === id)?.areaIds).toEqual(["transparency"]);
  });

  it("refuse scores outside 1–5, impossible dates and empty names, naming the field", () => {
    const doc = freshDoc();
    expect(() => updateThreat(doc, "terrorism", { impact: 0 as never }, ana)).toThrow(
      expect.objectContaining({ field: "impact" }),
    );
    expect(() => updateThreat(doc, "terrorism", { nextReview: "2009-02-30" }, ana)).toThrow(
      expect.objectContaining({ field: "nextReview" }),
    );
    expect(() => addThreat(doc, { name: "" }, ana)).toThrow(expect.objectContaining({ field: "name" }));
  });

  it("keep both links when two people link different areas at once", () => {
    const a = freshDoc();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setThreatAreaLink(a, "terrorism", "strategy", true, ana);
    setThreatAreaLink(b, "terrorism", "domestic", true, ben);
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readWorkspace(a).threats.find((threat) => threat.id === "terrorism")?.areaIds).toEqual([
      "strategy",
      "domestic",
    ]);
  });
});
