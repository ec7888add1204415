import { describe, expect, it } from "vitest";
import {
  createWorkspaceDoc,
  openThread,
  readWorkspace,
  setAreaWeight,
  setCellLevel,
  updateThreat,
  type WorkspaceSnapshot,
} from "../../lib/collab";
import { REGION_SIGNATURES, type ReadingRegion } from "./region-signatures";

const ana = { id: "p-ana", name: "Ana" };
const REGIONS = Object.keys(REGION_SIGNATURES) as ReadingRegion[];

function changedRegions(before: WorkspaceSnapshot, after: WorkspaceSnapshot): ReadingRegion[] {
  return REGIONS.filter((region) => REGION_SIGNATURES[region](before) !== REGION_SIGNATURES[region](after));
}

function scenario(change: (doc: ReturnType<typeof createWorkspaceDoc>) => void): ReadingRegion[] {
  const doc = createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
  const before = readWorkspace(doc);
  change(doc);
  return changedRegions(before, readWorkspace(doc));
}

describe("REGION_SIGNATURES", () => {
  it("a new rating changes the matrix and the scores, nothing else", () => {
    expect(scenario((doc) => setCellLevel(doc, "strategy", "status-quo", "high", ana))).toEqual(["matrix", "scores"]);
  });

  it("a weight changes only the scores", () => {
    expect(scenario((doc) => setAreaWeight(doc, "strategy", 3, ana))).toEqual(["scores"]);
  });

  it("re-rating a cell at the level it has marks nothing: only who and when changed", () => {
    const doc = createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
    setCellLevel(doc, "strategy", "status-quo", "low", ana, 1);
    const before = readWorkspace(doc);
    setCellLevel(doc, "strategy", "status-quo", "low", { id: "p-ben", name: "Ben" }, 2);
    expect(changedRegions(before, readWorkspace(doc))).toEqual([]);
  });

  it("a threat's assessment changes the register; a comment on it changes the discussions", () => {
    expect(scenario((doc) => updateThreat(doc, "terrorism", { likelihood: 2 }, ana))).toEqual(["threats"]);
    expect(
      scenario((doc) => openThread(doc, { target: { kind: "threat", threatId: "terrorism" }, text: "Why?" }, ana)),
    ).toEqual(["comments"]);
  });

  it("an annotation on a chart changes the trends, not the discussions", () => {
    const target = { kind: "chart", chartId: "homicides", from: "2008", fromT: 2008 } as const;
    expect(scenario((doc) => openThread(doc, { target, title: "Surge", text: "Look here" }, ana))).toEqual(["trends"]);
  });
});
