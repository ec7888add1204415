/**
 * How a moment or span on a time axis reads to a person. Axis labels are kept as the source
 * wrote them ("2008", "2008-03", "2008-03-15", "2005-2006"); months and days read better
 * spelled out, so "2008-03" becomes "Mar 2008" and "2008-03-15" "15 Mar 2008".
 */
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const MONTH_OR_DAY = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

export function readableTimeLabel(label: string): string {
  const match = MONTH_OR_DAY.exec(label);
  const month = MONTHS[Number(match?.[2]) - 1];
  if (!match || !month) return label;
  return match[3] === undefined ? `${month} ${match[1]}` : `${Number(match[3])} ${month} ${match[1]}`;
}

/** "2008", or "2006–2010" for a span; a span whose ends share a label reads as one moment. */
export function periodText(from: string, to?: string): string {
  const start = readableTimeLabel(from);
  return to === undefined || to === from ? start : `${start}–${readableTimeLabel(to)}`;
}

/**
 * The axis label at position `t`, as the chart's own figures write it; a yearly chart's rows
 * for years without a figure are whole years. Null when nothing on the chart sits at `t`.
 */
export function axisLabelAt(points: Iterable<{ t: number; x: string }>, t: number): string | null {
  for (const point of points) if (point.t === t) return point.x;
  return Number.isInteger(t) ? String(t) : null;
}
