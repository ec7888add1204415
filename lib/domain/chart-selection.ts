/**
 * Keyboard and pointer selection on a time chart, kept pure so the wrapper's handlers stay
 * thin: a cursor moves over the chart's rows, Shift extends a range from an anchor, and a
 * pointer position snaps to the nearest row.
 */

export type ChartSelection = { kind: "point"; t: number; x: string } | { kind: "range"; from: number; to: number };

/** Rows a PageUp/PageDown press skips. */
const PAGE = 10;

/** The row a key moves the cursor to, or undefined when the key is not a cursor key. */
export function moveCursor(index: number | undefined, key: string, count: number): number | undefined {
  if (count === 0) return undefined;
  const at = index ?? -1;
  const clamp = (next: number) => Math.min(Math.max(next, 0), count - 1);
  switch (key) {
    case "ArrowRight":
    case "ArrowUp":
      return index === undefined ? 0 : clamp(at + 1);
    case "ArrowLeft":
    case "ArrowDown":
      return index === undefined ? count - 1 : clamp(at - 1);
    case "PageUp":
      return clamp(at + PAGE);
    case "PageDown":
      return clamp(at - PAGE);
    case "Home":
      return 0;
    case "End":
      return count - 1;
    default:
      return undefined;
  }
}

/** Index of the row nearest to `t`; rows are sorted by time. */
export function nearestIndex(times: readonly number[], t: number): number {
  let best = 0;
  times.forEach((time, index) => {
    if (Math.abs(time - t) < Math.abs((times[best] ?? Infinity) - t)) best = index;
  });
  return best;
}

/** A point when anchor and cursor meet (or there is no anchor), else the range between them. */
export function selectionBetween(
  rows: readonly { t: number; x: string }[],
  anchor: number | undefined,
  cursor: number,
): ChartSelection | undefined {
  const at = rows[cursor];
  if (!at) return undefined;
  const start = rows[anchor ?? cursor];
  if (!start || start === at) return { kind: "point", t: at.t, x: at.x };
  return { kind: "range", from: Math.min(start.t, at.t), to: Math.max(start.t, at.t) };
}
