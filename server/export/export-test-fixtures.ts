import type * as Y from "yjs";
import {
  createWorkspaceDoc,
  addArea,
  addOption,
  addThreat,
  openThread,
  rationaleText,
  setAreaWeight,
  setCellLevel,
  setResourceDemand,
  stampRationale,
  threatNotesText,
  updateThreat,
} from "../../lib/collab";
import type { ImportedSeries } from "../../lib/domain/imported-series";

/**
 * Text a renderer might mistake for markup: HTML, an SVG/XML entity, Markdown, a PDF operator
 * and a spreadsheet formula. Every text of the fixture carries it, so a test can tell that the
 * brief, the CSV and the JSON print it as it was typed.
 */
export const MARKUP = "<b>bold</b> &amp; **strong** ) Tj (=1+2";

export const FIXTURE_AUTHOR = { id: "participant-ines", name: "Inés Calderón" };

/** A small workspace in which every text a person can type holds `MARKUP`, with accented names. */
export function markupWorkspace(): Y.Doc {
  const doc = createWorkspaceDoc({
    title: `Mérida brief ${MARKUP}`,
    template: "blank",
    createdAt: Date.UTC(2009, 5, 1),
  });
  const author = FIXTURE_AUTHOR;
  const at = Date.UTC(2009, 5, 30, 12);
  const option = addOption(doc, {
    name: `Mérida Initiative ${MARKUP}`,
    description: `Aid ${MARKUP}`,
    mexicanResponse: `Response ${MARKUP}`,
  });
  const other = addOption(doc, { name: "Retrenchment", description: "", mexicanResponse: "" });
  const area = addArea(doc, { name: `Michoacán security ${MARKUP}`, description: `Area ${MARKUP}` });
  const second = addArea(doc, { name: "Border", description: "" });
  setCellLevel(doc, area, option, "high", author, at);
  setCellLevel(doc, second, option, "medium", author, at);
  setCellLevel(doc, area, other, "low", author, at);
  setResourceDemand(doc, option, "high", author, at);
  setAreaWeight(doc, area, 2.5, author, at);
  rationaleText(doc, area, option).insert(0, `Rationale ${MARKUP}`);
  stampRationale(doc, area, option, author, at);
  const threat = addThreat(
    doc,
    {
      name: `Cartel violence ${MARKUP}`,
      likelihood: 4,
      impact: 5,
      actors: [`Actor ${MARKUP}`],
      owner: `Owner ${MARKUP}`,
      nextReview: "2009-09-01",
      sources: [`Threat source ${MARKUP}`],
    },
    author,
    at,
  );
  updateThreat(doc, threat, { trend: "worsening" }, author, at);
  threatNotesText(doc, threat).insert(0, `Notes ${MARKUP}`);
  openThread(
    doc,
    { target: { kind: "cell", areaId: area, optionId: option }, title: `Thread ${MARKUP}`, text: `Comment ${MARKUP}` },
    author,
    at,
  );
  openThread(
    doc,
    {
      target: { kind: "chart", chartId: "homicides", from: "2008", fromT: 2008 },
      title: `Annotation ${MARKUP}`,
      text: `Why ${MARKUP}`,
    },
    author,
    at,
  );
  return doc;
}

/** An imported series whose title, source and one figure's note hold `MARKUP`, with a negative figure. */
export function markupSeries(): ImportedSeries {
  return {
    id: "imported-markup",
    title: `Series ${MARKUP}`,
    unit: "percent_change",
    xKind: "year",
    source: `Series source ${MARKUP}`,
    description: `Described ${MARKUP}`,
    points: [
      { x: "2007", t: 2007, y: 4, flags: [] },
      { x: "2008", t: 2008, y: -2.5, flags: ["preliminary"], note: `Note ${MARKUP}` },
      { x: "2009", t: 2009, y: 1.5, flags: [] },
    ],
    addedBy: { participantId: "participant-ines", name: "Inés Calderón" },
    addedAt: Date.UTC(2009, 6, 1),
  };
}
