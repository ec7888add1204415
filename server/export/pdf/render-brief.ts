import { exportStamp, type BriefInput } from "./brief-input";
import { SourceList } from "./citations";
import { PdfLayout, type BriefFonts } from "./pdf-layout";
import { drawChartSection } from "./section-charts";
import { drawCover } from "./section-cover";
import { drawMatrixSection } from "./section-matrix";
import { drawOutcomeSection } from "./section-outcomes";
import { drawThreadSection, drawSourcesSection } from "./section-threads";
import { drawThreatSection } from "./section-threats";

export type { BriefFonts };

/**
 * The workspace as a PDF brief: cover, option matrix with its sensitivity, recorded session
 * outcomes when there are any, threat register
 * with the heat map, every chart, open threads and a numbered sources page. Runs in the PDF
 * worker; pure apart from reading the two font files.
 */
export function renderBrief(input: BriefInput, fonts: BriefFonts): Promise<Uint8Array> {
  const title = input.snapshot.meta.title;
  const layout = new PdfLayout(fonts, { title, createdAt: new Date(input.exportedAt) });
  const sources = new SourceList();
  drawCover(layout, input);
  drawMatrixSection(layout, input.snapshot);
  drawOutcomeSection(layout, input.snapshot, input.outcomes ?? {});
  layout.doc.addPage();
  drawThreatSection(layout, input.snapshot, sources);
  layout.doc.addPage();
  drawChartSection(layout, input, sources);
  drawThreadSection(layout, input);
  drawSourcesSection(layout, input.snapshot, sources);
  layout.finishPages(title, `Exported ${exportStamp(input.exportedAt)}`);
  return layout.end();
}
