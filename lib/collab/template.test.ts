import { describe, expect, it } from "vitest";
import { cellLevel, createWorkspaceDoc, demandRating, readWorkspace, SCHEMA_VERSION } from "./index";

// The brief's impact table, restated here independently of the template's source data.
const BRIEF_TABLE = [
  [
    "Develop a cohesive security strategy and reform the security structure to meet that strategy",
    "High",
    "Low",
    "Low",
  ],
  ["Bridge the gap between federal and local security forces", "High", "Low", "Low"],
  ["Support Mexico's efforts to address domestic concerns", "High", "Low", "Low"],
  [
    "Focus aid less on technology and equipment and more on increasing transparency in government institutions",
    "High",
    "Medium",
    "Low",
  ],
];
const BRIEF_OPTIONS = ["Strategic partnership", "Status quo", "Retrenchment"];

function briefSnapshot() {
  return readWorkspace(createWorkspaceDoc({ title: "Brief", template: "rand-mexico-2009", createdAt: 1 }), () => {
    throw new Error("the template must be valid");
  });
}

describe("the RAND 2009 template", () => {
  it("has the brief's options as columns and priority areas as rows", () => {
    const snapshot = briefSnapshot();
    expect(snapshot.options.map((option) => option.name)).toEqual(BRIEF_OPTIONS);
    expect(snapshot.areas.map((area) => area.name)).toEqual(BRIEF_TABLE.map((row) => row[0]));
  });

  it("rates every cell exactly as the brief's table", () => {
    const snapshot = briefSnapshot();
    const table = snapshot.areas.map((area) => [
      area.name,
      ...snapshot.options.map((option) => {
        const level = cellLevel(snapshot, area.id, option.id);
        return level ? level[0]!.toUpperCase() + level.slice(1) : "unrated";
      }),
    ]);
    expect(table).toEqual(BRIEF_TABLE);
  });

  it("keeps resource demand as its own high/medium/low row", () => {
    const snapshot = briefSnapshot();
    expect(snapshot.options.map((option) => demandRating(snapshot, option.id).level)).toEqual([
      "high",
      "medium",
      "low",
    ]);
    expect(Object.keys(snapshot.ratings)).toHaveLength(12);
  });

  it("seeds the brief's threats unrated, with the brief's categories and trends", () => {
    const { threats } = briefSnapshot();
    expect(threats).toHaveLength(10);
    expect(threats.every((threat) => threat.likelihood === null && threat.impact === null)).toBe(true);
    const byName = Object.fromEntries(threats.map((threat) => [threat.name, threat]));
    expect(byName["Organized crime"]).toMatchObject({ category: "us_priority", trend: "worsening" });
    expect(byName["Terrorism"]).toMatchObject({ category: "us_priority", trend: "potential" });
    expect(byName["Street gangs"]).toMatchObject({ category: "mexico_domestic", trend: "unassessed" });
    expect(threats.filter((threat) => threat.category === "mexico_domestic")).toHaveLength(4);
    expect(threats.every((threat) => threat.sources.length > 0)).toBe(true);
  });

  it("stamps the schema version and metadata", () => {
    const { meta } = briefSnapshot();
    expect(meta).toEqual({ schemaVersion: SCHEMA_VERSION, title: "Brief", template: "rand-mexico-2009", createdAt: 1 });
  });

  it("creates an empty blank workspace", () => {
    const snapshot = readWorkspace(createWorkspaceDoc({ title: "Empty", template: "blank", createdAt: 2 }));
    expect(snapshot).toMatchObject({ options: [], areas: [], threats: [], ratings: {}, resourceDemand: {} });
  });
});
