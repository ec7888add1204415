import { extractText, getDocumentProxy } from "unpdf";
import { describe, expect, it } from "vitest";
import { createWorkspaceDoc, readWorkspace } from "../../../lib/collab";
import { BRIEF_AREAS, BRIEF_IMPACT, BRIEF_OPTIONS, BRIEF_THREATS } from "../../../lib/domain/brief-2009";
import { LEVEL_LABEL } from "../../../lib/domain/scales";
import { MARKUP, markupSeries, markupWorkspace } from "../export-test-fixtures";
import type { BriefInput } from "./brief-input";
import { renderBrief } from "./render-brief";
import type { BriefOutcome } from "./section-outcomes";

const fonts = {
  regular: new URL("./fonts/DejaVuSans.ttf", import.meta.url).pathname,
  bold: new URL("./fonts/DejaVuSans-Bold.ttf", import.meta.url).pathname,
};
const quiet = () => undefined;

/** The brief's text as a reader would copy it, one space for every run of white space. */
async function briefText(input: BriefInput): Promise<{ text: string; pages: number }> {
  const bytes = await renderBrief(input, fonts);
  expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
  const pdf = await getDocumentProxy(bytes);
  const { text, totalPages } = await extractText(pdf, { mergePages: true });
  return { text: text.replace(/\s+/g, " "), pages: totalPages };
}

function randInput(): BriefInput {
  const doc = createWorkspaceDoc({
    title: "Seguridad en México: Mérida y Michoacán",
    template: "rand-mexico-2009",
    createdAt: Date.UTC(2026, 0, 5),
  });
  return {
    workspaceId: "rand",
    snapshot: readWorkspace(doc, quiet),
    imported: [],
    exportedAt: Date.UTC(2026, 11, 4, 22, 40),
  };
}

describe("renderBrief", { timeout: 30_000 }, () => {
  it("writes the RAND workspace as searchable text: options, areas, every level, threats, sources, accents, page numbers", async () => {
    const { text, pages } = await briefText(randInput());
    expect(pages).toBeGreaterThan(4);
    for (const option of BRIEF_OPTIONS) expect(text).toContain(option.name);
    for (const area of BRIEF_AREAS) expect(text).toContain(area.name);
    // Every cell's level, in the order the brief lists them: option by option, area by area.
    let at = text.indexOf("Options, ratings and rationales");
    for (const option of BRIEF_OPTIONS) {
      for (const area of BRIEF_AREAS) {
        const level = BRIEF_IMPACT[area.id]?.[option.id];
        const entry = `${area.name} — ${level ? LEVEL_LABEL[level] : "not rated"}:`;
        const found = text.indexOf(entry, at);
        expect(found, `${option.name} × ${area.name}`).toBeGreaterThan(at);
        at = found;
      }
    }
    for (const threat of BRIEF_THREATS) expect(text).toContain(threat.name);
    expect(text).toContain("Seguridad en México: Mérida y Michoacán");
    expect(text).toContain("Calderón");
    expect(text).toContain("4 December 2026 at 22:40 UTC");
    expect(text).toContain("What would change the lead");
    expect(text).toContain("Homicides recorded by INEGI, by year of registration");
    expect(text).toMatch(/Sources?: INEGI/);
    expect(text).toContain(`Page 1 of ${pages}`);
    // Growth rates of different periods are listed with what each compares, as on the page.
    expect(text).toContain("first half of 2007 over first half of 2006");
    expect(text).toContain("Quoted by the RAND brief");
    // Sources are citations with their access links, never the data set's stored keys.
    expect(text).toContain("Diego Valle-Jones");
    expect(text).toContain("Available at https://");
    expect(text).not.toContain("github:");
    expect(text).not.toMatch(/@[0-9a-f]{7,40}\b/);
    // No session has recorded anything: the section is left out, not printed empty.
    expect(text).not.toContain("Recorded session outcomes");
  });

  it("prints recorded session outcomes with provenance, agreement and dissent, and skips removed targets", async () => {
    const input = randInput();
    const [area] = input.snapshot.areas;
    const [option] = input.snapshot.options;
    const [threat] = input.snapshot.threats;
    const outcome = {
      sessionTitle: `Workshop ${MARKUP}`,
      round: 2,
      n: 6,
      eligible: 7,
      modalShare: 4 / 6,
      flag: null as BriefOutcome["flag"],
      recordedAt: Date.UTC(2026, 11, 3),
      recordedBy: "Fay Núñez",
    };
    const outcomes: Record<string, BriefOutcome> = {
      [`cell:${area?.id}|${option?.id}`]: {
        ...outcome,
        value: "medium",
        counts: { high: 1, medium: 4, low: 1 },
        dissent: [{ value: "high", reason: `Too cautious ${MARKUP}` }],
      },
      [`threat:${threat?.id}:likelihood`]: {
        ...outcome,
        value: 4,
        counts: { "4": 6 },
        modalShare: 1,
        flag: "agreement" as const,
        dissent: [],
      },
      "cell:removed-area|removed-option": { ...outcome, value: "low", counts: { low: 6 }, dissent: [] },
    };
    const { text } = await briefText({ ...input, outcomes });
    expect(text).toContain("Recorded session outcomes");
    expect(text).toContain(`${option?.name} × ${area?.name}: Medium`);
    expect(text).toContain(`Recorded by Fay Núñez, 3 Dec 2026, from “Workshop ${MARKUP}”, round 2.`);
    expect(text).toContain(
      "No clear agreement: 6 of 7 answered (High: 1, Medium: 4, Low: 1), 67 % on the most common answer.",
    );
    expect(text).toContain(`Dissent (High): Too cautious ${MARKUP}`);
    expect(text).toContain(`${threat?.name}, likelihood: 4`);
    expect(text).toContain("Agreement: 6 of 7 answered (4: 6), 100 % on the most common answer.");
    expect(text).not.toContain("removed-area");
  });

  it("prints every text of the document as typed, markup included, with its flags, annotations and sources", async () => {
    const doc = markupWorkspace();
    const input: BriefInput = {
      workspaceId: "markup",
      snapshot: readWorkspace(doc, quiet),
      imported: [markupSeries()],
      exportedAt: Date.UTC(2009, 6, 2),
    };
    const { text } = await briefText(input);
    const labels = [
      "Mérida brief",
      "Mérida Initiative",
      "Aid",
      "Response",
      "Michoacán security",
      "Rationale",
      "Cartel violence",
      "Actor",
      "Owner",
      "Notes",
      "Thread",
      "Annotation",
      "Series",
      "Series source",
      "Threat source",
    ];
    for (const label of labels) expect(text).toContain(`${label} ${MARKUP}`);
    expect(text).toContain(`2008: preliminary: Note ${MARKUP}`);
    expect(text).toContain("Inés Calderón");
    expect(text).toContain("likelihood 4 × impact 5 = 20 (Critical)");
  });
});
