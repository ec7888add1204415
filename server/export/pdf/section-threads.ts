import type { Thread, WorkspaceSnapshot } from "../../../lib/collab";
import { BUILT_IN_CHART_NAMES } from "../../../lib/domain/chart-names";
import { periodText } from "../../../lib/domain/period-label";
import type { BriefInput } from "./brief-input";
import type { SourceList } from "./citations";
import { MUTED, type PdfLayout } from "./pdf-layout";

/** What a thread is about, in words: "Status quo × Bridge the gap…", "Threat: Kidnapping". */
function targetText(thread: Thread, input: BriefInput): string {
  const { snapshot } = input;
  const option = (id: string) => snapshot.options.find((record) => record.id === id)?.name ?? "a removed option";
  const area = (id: string) => snapshot.areas.find((record) => record.id === id)?.name ?? "a removed area";
  const { target } = thread;
  switch (target.kind) {
    case "cell":
      return `${option(target.optionId)} × ${area(target.areaId)}`;
    case "option":
      return `Option: ${option(target.optionId)}`;
    case "area":
      return `Priority area: ${area(target.areaId)}`;
    case "threat":
      return `Threat: ${snapshot.threats.find((threat) => threat.id === target.threatId)?.name ?? "a removed threat"}`;
    case "chart": {
      const chart =
        BUILT_IN_CHART_NAMES.find((named) => named.id === target.chartId)?.title ??
        input.imported.find((series) => series.id === target.chartId)?.title ??
        target.chartId;
      return `Chart: ${chart}, ${periodText(target.from, target.to)}`;
    }
  }
}

export function drawThreadSection(layout: PdfLayout, input: BriefInput): void {
  const open = input.snapshot.threads.filter((thread) => thread.resolved === null);
  layout.heading("Open threads", { keep: 40 });
  if (open.length === 0) {
    layout.paragraph("No discussion is open.", { color: MUTED });
    return;
  }
  for (const thread of open) {
    const title = thread.title || thread.comments[0]?.text || "Untitled thread";
    const count = thread.comments.length;
    layout.bullet(`${title} — ${targetText(thread, input)} (${count} ${count === 1 ? "comment" : "comments"})`);
  }
}

/** The full citation of every source the brief cites, numbered as the marks in the text. */
export function drawSourcesSection(layout: PdfLayout, snapshot: WorkspaceSnapshot, sources: SourceList): void {
  layout.doc.addPage();
  layout.heading("Sources", { keep: 40 });
  const entries = sources.entries();
  if (entries.length === 0) {
    layout.paragraph("Nothing in this workspace cites a source.", { color: MUTED });
    return;
  }
  const { doc } = layout;
  for (const entry of entries) {
    layout.ensureSpace(layout.heightOf(entry.citation, { size: 8.5, indent: 26 }));
    const top = doc.y;
    layout.style({ size: 8.5, bold: true });
    doc.text(`[${entry.number}]`, layout.left, top, { width: 24, lineBreak: false });
    layout.style({ size: 8.5 });
    doc.text(entry.citation, layout.left + 26, top, { width: layout.width - 26 });
    doc.y += 3;
  }
  layout.paragraph(`Workspace: ${snapshot.meta.title}`, { size: 7.5, color: MUTED });
}
