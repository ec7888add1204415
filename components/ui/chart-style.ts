/**
 * Okabe–Ito colours from globals.css, and a dash pattern per line so that lines stay apart
 * without colour too (in print, in greyscale, for any colour vision). Nine of each, so a
 * colour and dash pair never repeats within a chart of up to 81 lines.
 */
export const LINE_DASHES = ["", "8 4", "2 3", "10 3 2 3", "5 5", "1 4", "12 4 4 4", "6 2 2 2 2 2", "3 6"];

/**
 * Marker shapes, one per line beside its colour: the first eight lines of a chart never share a
 * shape, and eight shapes against nine colours give 72 distinct pairs, so lines that are single
 * points (most kidnapping series) stay apart for any colour vision.
 */
export const MARKER_SHAPES = [
  "circle",
  "square",
  "triangle",
  "diamond",
  "triangle-down",
  "cross",
  "triangle-right",
  "triangle-left",
] as const;
export type MarkerShape = (typeof MARKER_SHAPES)[number];

export function lineMarker(index: number): MarkerShape {
  return MARKER_SHAPES[index % MARKER_SHAPES.length] ?? "circle";
}

/** An SVG path of `shape` centred on (x, y), about 2r across. */
export function markerPath(shape: MarkerShape, x: number, y: number, r: number): string {
  switch (shape) {
    case "square":
      return `M${x - r},${y - r}h${2 * r}v${2 * r}h${-2 * r}Z`;
    case "triangle":
      return `M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`;
    case "triangle-down":
      return `M${x},${y + r * 1.2}L${x + r * 1.1},${y - r * 0.8}L${x - r * 1.1},${y - r * 0.8}Z`;
    case "triangle-right":
      return `M${x + r * 1.2},${y}L${x - r * 0.8},${y - r * 1.1}L${x - r * 0.8},${y + r * 1.1}Z`;
    case "triangle-left":
      return `M${x - r * 1.2},${y}L${x + r * 0.8},${y - r * 1.1}L${x + r * 0.8},${y + r * 1.1}Z`;
    case "diamond":
      return `M${x},${y - r * 1.3}L${x + r * 1.3},${y}L${x},${y + r * 1.3}L${x - r * 1.3},${y}Z`;
    case "cross": {
      const w = r * 0.45;
      return `M${x - w},${y - r}h${2 * w}v${r - w}h${r - w}v${2 * w}h${w - r}v${r - w}h${-2 * w}v${w - r}h${w - r}v${-2 * w}h${r - w}Z`;
    }
    case "circle":
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
}

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
