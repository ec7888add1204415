import { describe, expect, it, vi } from "vitest";
import * as Y from "yjs";
import { BRIEF_AREAS, BRIEF_OPTIONS, BRIEF_THREATS, BRIEF_URL } from "../domain/brief-2009";
import { createWorkspaceDoc, documentVersion, migrateWorkspaceDoc, readWorkspace, SCHEMA_VERSION } from "./index";
import { SEED_V2_OPTIONS, SEED_V2_THREAT_NAMES, SEED_V2_THREAT_SOURCES } from "./seed-v2";

type Records = Y.Array<Y.Map<unknown>>;

function byId(doc: Y.Doc, root: string, id: string): Y.Map<unknown> {
  const record = doc
    .getArray<Y.Map<unknown>>(root)
    .toArray()
    .find((item) => item.get("id") === id);
  if (!record) throw new Error(`no ${root} record ${id}`);
  return record;
}

/** The brief's workspace as schema version 2 seeded it. */
function versionTwoBriefDoc(): Y.Doc {
  const doc = createWorkspaceDoc({ title: "Old", template: "rand-mexico-2009", createdAt: 0 });
  doc.transact(() => {
    doc.getMap("meta").set("schemaVersion", 2);
    for (const { id, field, text } of SEED_V2_OPTIONS) byId(doc, "options", id).set(field, text);
    (doc.getArray("areas") as Records).forEach((area) => area.set("description", ""));
    (doc.getArray("threats") as Records).forEach((threat) => {
      const id = String(threat.get("id"));
      threat.delete("description");
      const name = SEED_V2_THREAT_NAMES[id];
      if (name) threat.set("name", name);
      const sources = SEED_V2_THREAT_SOURCES[id];
      if (sources) threat.set("sources", [...sources]);
    });
  });
  return doc;
}

const seeded = <T extends { id: string }>(list: readonly T[], id: string): T => {
  const item = list.find((candidate) => candidate.id === id);
  if (!item) throw new Error(id);
  return item;
};

describe("migration to version 3: the brief's wording", () => {
  it("rewords every seeded field the team left as seeded, and adds threat descriptions", () => {
    const doc = versionTwoBriefDoc();
    expect(byId(doc, "options", "partnership").get("mexicanResponse")).toMatch(/^Welcomed/);
    expect(migrateWorkspaceDoc(doc)).toBe(true);
    expect(documentVersion(doc)).toBe(SCHEMA_VERSION);
    const report = vi.fn();
    const snapshot = readWorkspace(doc, report);
    expect(report).not.toHaveBeenCalled();
    const partnership = snapshot.options.find((option) => option.id === "partnership");
    expect(partnership?.mexicanResponse).toBe(seeded(BRIEF_OPTIONS, "partnership").mexicanResponse);
    expect(partnership?.mexicanResponse).toMatch(/historic sensitivities/);
    expect(snapshot.options.find((option) => option.id === "retrenchment")?.description).toMatch(
      /disengage from any partnerships/,
    );
    expect(snapshot.areas.map((area) => area.description)).toEqual(BRIEF_AREAS.map((area) => area.description));
    expect(snapshot.threats.find((threat) => threat.id === "corruption")?.name).toBe("Corruption");
    for (const threat of snapshot.threats) {
      expect(threat.description).toBe(seeded(BRIEF_THREATS, threat.id).description);
      expect(threat.sources).toContain(BRIEF_URL);
    }
  });

  it("never overwrites what the team wrote", () => {
    const doc = versionTwoBriefDoc();
    doc.transact(() => {
      byId(doc, "options", "partnership").set("mexicanResponse", "Our own reading.");
      byId(doc, "areas", "strategy").set("description", "Team note on strategy.");
      byId(doc, "threats", "corruption").set("name", "Graft");
      byId(doc, "threats", "terrorism").set("sources", ["Our analyst's memo"]);
    });
    migrateWorkspaceDoc(doc);
    const snapshot = readWorkspace(doc);
    expect(snapshot.options.find((option) => option.id === "partnership")?.mexicanResponse).toBe("Our own reading.");
    expect(snapshot.areas.find((area) => area.id === "strategy")?.description).toBe("Team note on strategy.");
    const threat = (id: string) => snapshot.threats.find((item) => item.id === id);
    expect(threat("corruption")?.name).toBe("Graft");
    expect(threat("terrorism")?.sources).toEqual(["Our analyst's memo"]);
    // Fields the team did not touch are still updated beside the edited ones.
    expect(threat("corruption")?.sources).toContain(BRIEF_URL);
    expect(threat("corruption")?.description).toMatch(/institutional weakness/);
  });

  it("gives threats of other workspaces an empty description and leaves their text alone", () => {
    const doc = createWorkspaceDoc({ title: "Mine", template: "blank", createdAt: 0 });
    const threat = new Y.Map<unknown>();
    doc.transact(() => {
      doc.getMap("meta").set("schemaVersion", 2);
      for (const [key, value] of Object.entries({
        id: "corruption",
        name: SEED_V2_THREAT_NAMES["corruption"],
        category: "mexico_domestic",
        trend: "unassessed",
        likelihood: null,
        impact: null,
        actors: [],
        owner: "",
        nextReview: null,
        sources: [],
      }))
        threat.set(key, value);
      threat.set("notes", new Y.Text());
      threat.set("areaLinks", new Y.Map());
      doc.getArray("threats").push([threat]);
    });
    migrateWorkspaceDoc(doc);
    expect(readWorkspace(doc).threats[0]).toMatchObject({
      name: SEED_V2_THREAT_NAMES["corruption"],
      description: "",
    });
  });
});
