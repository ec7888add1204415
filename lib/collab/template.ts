import * as Y from "yjs";
import { BRIEF_AREAS, BRIEF_IMPACT, BRIEF_OPTIONS, BRIEF_THREATS } from "../domain/brief-2009";
import { cellKey, recordMap, roots } from "./roots";
import { SCHEMA_VERSION, type TemplateId } from "./schema";

export interface NewWorkspace {
  title: string;
  template: TemplateId;
  createdAt: number;
}

/** Authorship of seeded values: they come from the brief, not from a person. */
const SEEDED = { by: "template", byName: "RAND brief (2009)" } as const;

function seedBrief(doc: Y.Doc, createdAt: number): void {
  const root = roots(doc);
  root.options.push(
    BRIEF_OPTIONS.map((option, index) =>
      recordMap({
        id: option.id,
        name: option.name,
        description: option.description,
        mexicanResponse: option.mexicanResponse,
        position: index + 1,
      }),
    ),
  );
  root.areas.push(
    BRIEF_AREAS.map((area, index) =>
      recordMap({ id: area.id, name: area.name, description: area.description, position: index + 1 }),
    ),
  );
  for (const area of BRIEF_AREAS) {
    for (const option of BRIEF_OPTIONS) {
      const key = cellKey(area.id, option.id);
      root.rationales.set(key, new Y.Text());
      const level = BRIEF_IMPACT[area.id]?.[option.id];
      if (level) root.ratings.set(key, { level, ...SEEDED, at: createdAt });
    }
  }
  for (const option of BRIEF_OPTIONS) {
    root.resourceDemand.set(option.id, { level: option.resourceDemand, ...SEEDED, at: createdAt });
  }
  root.threats.push(
    BRIEF_THREATS.map((threat) =>
      recordMap({
        id: threat.id,
        name: threat.name,
        description: threat.description,
        category: threat.category,
        trend: threat.trend,
        likelihood: null,
        impact: null,
        actors: [...threat.actors],
        owner: "",
        nextReview: null,
        notes: new Y.Text(threat.notes),
        areaLinks: new Y.Map<boolean>(),
        sources: [...threat.sources],
      }),
    ),
  );
}

/** A new workspace document at the current schema version, seeded from its template. */
export function createWorkspaceDoc(input: NewWorkspace): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = roots(doc).meta;
    meta.set("schemaVersion", SCHEMA_VERSION);
    meta.set("title", input.title);
    meta.set("template", input.template);
    meta.set("createdAt", input.createdAt);
    if (input.template === "rand-mexico-2009") seedBrief(doc, input.createdAt);
  });
  return doc;
}
