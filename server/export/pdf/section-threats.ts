import type { Threat, WorkspaceSnapshot } from "../../../lib/collab";
import { THREAT_CATEGORY_LABEL, THREAT_TRENDS_LABEL } from "../../../lib/domain/scales";
import { SCORE_BAND_INFO, heatMap, threatBand, type ScoreBand } from "../../../lib/domain/threat-heat-map";
import { threatScore } from "../../../lib/domain/threat-view";
import type { SourceList } from "./citations";
import { INK, MUTED, RULE, type PdfLayout } from "./pdf-layout";

const BAND_FILL: Record<ScoreBand, string> = {
  low: "#e3f1e6",
  moderate: "#fdf1c7",
  high: "#fbd5b5",
  critical: "#f2b0ac",
};
const CELL = 46;
const AXIS = 28;

/** Threats are numbered in register order, so the heat map can name them in a small cell. */
function threatTag(index: number): string {
  return `T${index + 1}`;
}

function drawHeatMap(layout: PdfLayout, threats: readonly Threat[]): void {
  const { doc } = layout;
  const map = heatMap(threats.map((threat, index) => ({ ...threat, tag: threatTag(index) })));
  const height = 5 * CELL + AXIS + 16;
  layout.ensureSpace(height);
  const top = doc.y;
  const left = layout.left + AXIS;
  layout.style({ size: 7.5, color: MUTED });
  doc.save().rotate(-90, { origin: [layout.left + 8, top + (5 * CELL) / 2] });
  doc.text("Likelihood", layout.left + 8 - 30, top + (5 * CELL) / 2 - 4, {
    width: 60,
    align: "center",
    lineBreak: false,
  });
  doc.restore();
  map.rows.forEach((row, rowIndex) => {
    row.forEach((cell, columnIndex) => {
      const x = left + columnIndex * CELL;
      const y = top + rowIndex * CELL;
      doc.rect(x, y, CELL, CELL).fill(BAND_FILL[cell.band]);
      doc.rect(x, y, CELL, CELL).lineWidth(0.75).strokeColor("#ffffff").stroke();
      layout.style({ size: 6.5, color: MUTED });
      doc.text(String(cell.score), x + 3, y + 2, { lineBreak: false });
      if (cell.threats.length > 0) {
        layout.style({ size: 7.5, bold: true, color: INK });
        doc.text(cell.threats.map((threat) => threat.tag).join(" "), x + 2, y + 13, {
          width: CELL - 4,
          align: "center",
        });
      }
    });
    layout.style({ size: 7.5, color: MUTED });
    doc.text(String(5 - rowIndex), left - 10, top + rowIndex * CELL + CELL / 2 - 4, { lineBreak: false });
  });
  for (let impact = 1; impact <= 5; impact += 1) {
    doc.text(String(impact), left + (impact - 1) * CELL, top + 5 * CELL + 3, {
      width: CELL,
      align: "center",
      lineBreak: false,
    });
  }
  doc.text("Impact", left, top + 5 * CELL + 14, { width: 5 * CELL, align: "center", lineBreak: false });
  drawBandKey(layout, left + 5 * CELL + 24, top);
  const unrated = map.unrated.map((threat) => threat.tag);
  doc.y = top + height;
  layout.doc.x = layout.left;
  if (unrated.length > 0)
    layout.paragraph(`Not yet rated for likelihood and impact: ${unrated.join(", ")}.`, { color: MUTED });
}

function drawBandKey(layout: PdfLayout, x: number, top: number): void {
  const { doc } = layout;
  layout.style({ size: 8, bold: true });
  doc.text("Score = likelihood × impact", x, top, { lineBreak: false });
  Object.entries(SCORE_BAND_INFO).forEach(([band, info], index) => {
    const y = top + 16 + index * 16;
    doc.rect(x, y, 12, 12).fill(BAND_FILL[band as ScoreBand]);
    layout.style({ size: 8 });
    doc.text(`${info.label} (${info.range})`, x + 18, y + 2, { lineBreak: false });
  });
}

function drawThreat(
  layout: PdfLayout,
  threat: Threat,
  index: number,
  snapshot: WorkspaceSnapshot,
  sources: SourceList,
): void {
  const score = threatScore(threat);
  const band = threatBand(threat);
  const rating =
    score === null
      ? "likelihood × impact not rated yet"
      : `likelihood ${threat.likelihood} × impact ${threat.impact} = ${score} (${band ? SCORE_BAND_INFO[band].label : ""})`;
  layout.heading(`${threatTag(index)}  ${threat.name}`, { level: 3, keep: 40 });
  layout.paragraph(`${THREAT_CATEGORY_LABEL[threat.category]} · ${THREAT_TRENDS_LABEL[threat.trend]} · ${rating}`, {
    color: MUTED,
    gap: 2,
  });
  layout.labelled("Owner", threat.owner || "none named", { indent: 10 });
  layout.labelled("Next review", threat.nextReview ?? "not scheduled", { indent: 10 });
  if (threat.actors.length > 0) layout.labelled("Actors", threat.actors.join("; "), { indent: 10 });
  const areas = threat.areaIds.map((id) => snapshot.areas.find((area) => area.id === id)?.name ?? id);
  if (areas.length > 0) layout.labelled("Priority areas", areas.join("; "), { indent: 10 });
  if (threat.notes) layout.labelled("Notes", threat.notes, { indent: 10 });
  if (threat.sources.length > 0) layout.labelled("Sources", sources.marks(threat.sources), { indent: 10 });
  layout.doc.y += 4;
}

export function drawThreatSection(layout: PdfLayout, snapshot: WorkspaceSnapshot, sources: SourceList): void {
  layout.heading("Threat register", { keep: 5 * CELL + 60 });
  if (snapshot.threats.length === 0) {
    layout.paragraph("The register has no threats yet.", { color: MUTED });
    return;
  }
  drawHeatMap(layout, snapshot.threats);
  layout.doc
    .moveTo(layout.left, layout.y)
    .lineTo(layout.left + layout.width, layout.y)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  layout.doc.y += 4;
  snapshot.threats.forEach((threat, index) => drawThreat(layout, threat, index, snapshot, sources));
}
