/** Okabe–Ito colours from globals.css; lines past the sixth also get a dash pattern. */
export const LINE_DASHES = ["", "", "", "", "", "", "6 3", "2 2", "8 3 2 3", "4 4", "1 3"];

export function lineColor(index: number): string {
  return `var(--chart-${(index % 9) + 1})`;
}
