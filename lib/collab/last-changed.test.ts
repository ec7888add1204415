import { describe, expect, it } from "vitest";
import {
  createWorkspaceDoc,
  lastChange,
  openThread,
  readWorkspace,
  setAreaWeight,
  setCellLevel,
  setThreadResolved,
  updateThreat,
} from "./index";

const ana = { id: "p-ana", name: "Ana" };
const ben = { id: "p-ben", name: "Ben" };

function freshDoc() {
  return createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 1000 });
}

describe("lastChange", () => {
  it("is the creation time of a workspace nobody has touched", () => {
    expect(lastChange(readWorkspace(freshDoc()))).toEqual({ at: 1000, byName: null });
  });

  it("follows the latest stamped change, whatever kind it is, and names its author", () => {
    const doc = freshDoc();
    setCellLevel(doc, "strategy", "status-quo", "medium", ana, 5000);
    expect(lastChange(readWorkspace(doc))).toEqual({ at: 5000, byName: "Ana" });
    setAreaWeight(doc, "strategy", 2, ben, 6000);
    expect(lastChange(readWorkspace(doc))).toEqual({ at: 6000, byName: "Ben" });
    updateThreat(doc, "terrorism", { likelihood: 2 }, ana, 7000);
    expect(lastChange(readWorkspace(doc))).toEqual({ at: 7000, byName: "Ana" });
    const threadId = openThread(doc, { target: { kind: "threat", threatId: "terrorism" }, text: "Why 2?" }, ben, 8000);
    expect(lastChange(readWorkspace(doc))).toEqual({ at: 8000, byName: "Ben" });
    setThreadResolved(doc, threadId, true, ana, 9000);
    expect(lastChange(readWorkspace(doc))).toEqual({ at: 9000, byName: "Ana" });
  });

  it("is not moved back by an older stamp written later", () => {
    const doc = freshDoc();
    setCellLevel(doc, "strategy", "status-quo", "medium", ana, 5000);
    setCellLevel(doc, "strategy", "partnership", "low", ben, 4000);
    expect(lastChange(readWorkspace(doc))).toEqual({ at: 5000, byName: "Ana" });
  });
});
