import { cellKey, cellRationale, cellRating, type WorkspaceSnapshot } from "../../../lib/collab";
import { LEVEL_LABEL } from "../../../lib/domain/scales";
import { findLeader, scoreOptions, WEIGHT_MAX, WEIGHT_MIN } from "../../../lib/domain/scoring";
import { cellChangeText, formatWeight, leaderText, weightChangeText } from "../../../lib/domain/scoring-text";
import { decisiveCells, weightSensitivity } from "../../../lib/domain/sensitivity";
import { scoringOf } from "../scoring-of";
import { SEEDED_BY, dayText } from "./brief-input";
import { drawMatrixGrid } from "./matrix-grid";
import { MUTED, type PdfLayout } from "./pdf-layout";

export function drawMatrixSection(layout: PdfLayout, snapshot: WorkspaceSnapshot): void {
  layout.heading("Option matrix", { keep: 120 });
  if (snapshot.options.length === 0 || snapshot.areas.length === 0) {
    layout.paragraph("The matrix has no options or no priority areas yet.", { color: MUTED });
    return;
  }
  drawMatrixGrid(layout, snapshot);
  drawSensitivity(layout, snapshot);
  drawRationales(layout, snapshot);
}

/** "What would change the lead", as the page's sensitivity view words it. */
function drawSensitivity(layout: PdfLayout, snapshot: WorkspaceSnapshot): void {
  const input = scoringOf(snapshot);
  const nameOf = (id: string) => snapshot.options.find((option) => option.id === id)?.name ?? id;
  const areaName = (id: string) => snapshot.areas.find((area) => area.id === id)?.name ?? id;
  const leader = findLeader(scoreOptions(input));
  layout.heading("What would change the lead", { level: 2 });
  layout.paragraph(leaderText(leader, nameOf), { gap: 6 });
  if (leader.kind === "none") return;
  layout.heading("Priority weights", { level: 3, keep: 30 });
  const weights = weightSensitivity(input).filter((result) => result.nearest);
  if (weights.length === 0)
    layout.paragraph(`No weight from ${WEIGHT_MIN} to ${WEIGHT_MAX} in any area changes the leader.`);
  for (const result of weights) {
    const changes = [result.up, result.down].filter((change) => change !== null);
    const text = changes.map((change) => weightChangeText(change, result.weight, nameOf)).join(" ");
    layout.bullet(`${areaName(result.areaId)} (weight ${formatWeight(result.weight)}): ${text}`);
  }
  layout.heading("Decisive cells", { level: 3, keep: 30 });
  const cells = decisiveCells(input);
  if (cells.length === 0) layout.paragraph("No single cell change would change the leader.");
  for (const cell of cells) {
    const now = cell.current ? LEVEL_LABEL[cell.current] : "unrated";
    const changes = cell.changes.map((change) => cellChangeText(change, nameOf)).join(" ");
    layout.bullet(`${nameOf(cell.optionId)} × ${areaName(cell.areaId)} (now ${now}): ${changes}`);
  }
}

/** Ratings the template seeded come from the brief itself: their date is only when the workspace began. */
function ratedBy(by: string | undefined, name: string, at: number): string {
  return by === SEEDED_BY ? `rating from ${name}` : `rated by ${name}, ${dayText(at)}`;
}

/** Each option with its description, likely Mexican response and the rationale of every rating. */
function drawRationales(layout: PdfLayout, snapshot: WorkspaceSnapshot): void {
  layout.heading("Options, ratings and rationales", { level: 2 });
  for (const option of snapshot.options) {
    layout.heading(option.name, { level: 3, keep: 50 });
    if (option.description) layout.paragraph(option.description);
    if (option.mexicanResponse) layout.labelled("Likely Mexican response", option.mexicanResponse, { gap: 4 });
    for (const area of snapshot.areas) {
      const rating = cellRating(snapshot, area.id, option.id);
      const rationale = cellRationale(snapshot, area.id, option.id);
      const edit = snapshot.rationaleEdits[cellKey(area.id, option.id)];
      const level = rating.level ? LEVEL_LABEL[rating.level] : "not rated";
      layout.labelled(`${area.name} — ${level}`, rationale || "No rationale recorded.", { indent: 10, gap: 1 });
      const who = [
        rating.level && rating.byName && rating.at ? ratedBy(rating.by, rating.byName, rating.at) : "",
        edit ? `rationale by ${edit.byName}, ${dayText(edit.at)}` : "",
      ].filter(Boolean);
      if (who.length > 0) layout.paragraph(who.join("; "), { size: 7.5, color: MUTED, indent: 10, gap: 4 });
      else layout.doc.y += 3;
    }
  }
}
