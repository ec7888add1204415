import { TEMPLATE_TITLES } from "../../../lib/collab";
import { findLeader, scoreOptions } from "../../../lib/domain/scoring";
import { leaderText } from "../../../lib/domain/scoring-text";
import { scoringOf } from "../scoring-of";
import { contributors, exportStamp, type BriefInput } from "./brief-input";
import { ACCENT, MUTED, type PdfLayout } from "./pdf-layout";

/** Title, when it was exported, who contributed, and the one line a reader needs first: who leads. */
export function drawCover(layout: PdfLayout, input: BriefInput): void {
  const { snapshot } = input;
  layout.paragraph("Mesa · policy options brief", { size: 8.5, color: MUTED, gap: 6 });
  layout.paragraph(snapshot.meta.title, { size: 20, bold: true, color: ACCENT, gap: 8 });
  layout.labelled("Exported", exportStamp(input.exportedAt), { color: MUTED });
  if (snapshot.meta.createdAt > 0) {
    const template = snapshot.meta.template === "blank" ? "a blank workspace" : TEMPLATE_TITLES[snapshot.meta.template];
    layout.labelled("Workspace started", `${exportStamp(snapshot.meta.createdAt)}, from ${template}`, { color: MUTED });
  }
  const names = contributors(input);
  layout.labelled("Contributors", names.length > 0 ? names.join(", ") : "nobody has edited this workspace yet", {
    color: MUTED,
    gap: 10,
  });
  layout.rule();
  const scoring = scoringOf(snapshot);
  const nameOf = (id: string) => snapshot.options.find((option) => option.id === id)?.name ?? id;
  layout.paragraph(leaderText(findLeader(scoreOptions(scoring)), nameOf), { size: 11, bold: true, gap: 4 });
  layout.paragraph(
    `${snapshot.options.length} policy options rated against ${snapshot.areas.length} priority areas; ` +
      `${snapshot.threats.length} threats in the register; ` +
      `${snapshot.threads.filter((thread) => thread.resolved === null).length} open discussion threads. ` +
      "Figures, ratings and text are as the team left them at the time of export.",
    { color: MUTED, gap: 8 },
  );
}
