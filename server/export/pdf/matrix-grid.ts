import { cellRating, type WorkspaceSnapshot } from "../../../lib/collab";
import { LEVEL_LABEL, type Level } from "../../../lib/domain/scales";
import { SCALE_DESCRIPTION, scoreOptions } from "../../../lib/domain/scoring";
import { formatScore, formatWeight } from "../../../lib/domain/scoring-text";
import { scoringOf } from "../scoring-of";
import { INK, MUTED, RULE, type PdfLayout } from "./pdf-layout";

/** Fill and text colour per level: darker is higher, so the grid reads in greyscale too. */
const LEVEL_FILL: Record<Level, { fill: string; text: string }> = {
  high: { fill: "#0b5cad", text: "#ffffff" },
  medium: { fill: "#8fb8e3", text: INK },
  low: { fill: "#e1ecf7", text: INK },
};
/** More options than this per table make columns too narrow to read; the grid continues below. */
const OPTIONS_PER_TABLE = 5;
const PAD = 4;
const SIZE = 8.5;

interface Row {
  label: string;
  sublabel?: string;
  cells: { text: string; level?: Level | null; bold?: boolean }[];
}

function drawRow(layout: PdfLayout, row: Row, widths: number[], header = false): void {
  const { doc } = layout;
  const inner = (index: number) => (widths[index] ?? 0) - 2 * PAD;
  const labelHeight = layout.heightOf(row.label, { size: SIZE, bold: true, width: inner(0) });
  const sublabelHeight = row.sublabel ? layout.heightOf(row.sublabel, { size: 7, width: inner(0) }) : 0;
  const cellHeights = row.cells.map((cell, index) =>
    layout.heightOf(cell.text, {
      size: SIZE,
      bold: header || Boolean(cell.level) || Boolean(cell.bold),
      width: inner(index + 1),
    }),
  );
  const height = Math.max(labelHeight + sublabelHeight, ...cellHeights) + 2 * PAD;
  layout.ensureSpace(height);
  const top = doc.y;
  doc
    .rect(layout.left, top, widths[0] ?? 0, height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
  layout.style({ size: SIZE, bold: true });
  doc.text(row.label, layout.left + PAD, top + PAD, { width: inner(0) });
  if (row.sublabel) {
    layout.style({ size: 7, color: MUTED });
    doc.text(row.sublabel, layout.left + PAD, top + PAD + labelHeight, { width: inner(0) });
  }
  let x = layout.left + (widths[0] ?? 0);
  row.cells.forEach((cell, index) => {
    const width = widths[index + 1] ?? 0;
    const fill = cell.level ? LEVEL_FILL[cell.level] : undefined;
    if (fill) doc.rect(x, top, width, height).fill(fill.fill);
    doc.rect(x, top, width, height).lineWidth(0.5).strokeColor(RULE).stroke();
    const color = fill ? fill.text : cell.level === null ? MUTED : INK;
    layout.style({ size: SIZE, bold: header || Boolean(cell.level) || Boolean(cell.bold), color });
    doc.text(cell.text, x + PAD, top + PAD, { width: width - 2 * PAD, align: "center" });
    x += width;
  });
  doc.y = top + height;
  doc.x = layout.left;
}

/** The option matrix as a table: areas down (with weights), options across, then scores and demand. */
export function drawMatrixGrid(layout: PdfLayout, snapshot: WorkspaceSnapshot): void {
  const scoring = scoringOf(snapshot);
  const scores = new Map(scoreOptions(scoring).map((score) => [score.optionId, score]));
  for (let start = 0; start < snapshot.options.length; start += OPTIONS_PER_TABLE) {
    const options = snapshot.options.slice(start, start + OPTIONS_PER_TABLE);
    const first = Math.max(layout.width * 0.34, layout.width - options.length * 120);
    const widths = [first, ...options.map(() => (layout.width - first) / options.length)];
    drawRow(
      layout,
      { label: "Priority area (weight)", cells: options.map((option) => ({ text: option.name })) },
      widths,
      true,
    );
    for (const area of scoring.areas) {
      drawRow(
        layout,
        {
          label: area.name,
          sublabel: `weight ${formatWeight(area.weight)}`,
          cells: options.map((option) => {
            const level = cellRating(snapshot, area.id, option.id).level;
            return { text: level ? LEVEL_LABEL[level] : "Not rated", level };
          }),
        },
        widths,
      );
    }
    drawRow(
      layout,
      {
        label: "Weighted score",
        sublabel: SCALE_DESCRIPTION,
        cells: options.map((option) => {
          const score = scores.get(option.id);
          return { text: score ? `${formatScore(score.score)} of ${formatScore(score.maxScore)}` : "", bold: true };
        }),
      },
      widths,
    );
    drawRow(
      layout,
      {
        label: "Demand on U.S. resources",
        sublabel: "a cost, beside the score, never in it",
        cells: options.map((option) => {
          const level = scoring.resourceDemand(option.id);
          return { text: level ? LEVEL_LABEL[level] : "Not rated" };
        }),
      },
      widths,
    );
    layout.doc.y += 10;
  }
}
