/**
 * Okabe–Ito colours from globals.css, and a dash pattern per line so that lines stay apart
 * without colour too (in print, in greyscale, for any colour vision). Nine of each, so a
 * colour and dash pair never repeats within a chart of up to 81 lines.
 */
export const LINE_DASHES = ["", "8 4", "2 3", "10 3 2 3", "5 5", "1 4", "12 4 4 4", "6 2 2 2 2 2", "3 6"];

export function lineColor(index: number): string {
  return `var(--chart-${(index % 9) + 1})`;
}

export function lineDash(index: number): string {
  return LINE_DASHES[Math.floor(index / 9 + index) % LINE_DASHES.length] ?? "";
}

/**
 * Context events are neutral grey; annotations and the keyboard cursor use the accent. Bands
 * are drawn at low opacity, so their fill is the full accent: the soft one would vanish.
 */
export const MARKER_STYLE = {
  context: { stroke: "var(--chart-marker)", fill: "var(--chart-marker-band)" },
  annotation: { stroke: "var(--color-accent)", fill: "var(--color-accent)" },
  selection: { stroke: "var(--color-accent)", fill: "var(--color-accent)" },
} as const;
