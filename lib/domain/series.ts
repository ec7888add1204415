import * as z from "../zod";

/**
 * A time series as Mesa stores and serves it. `x` is the label the source used (a year
 * "2008", a month "2008-03", a day "2008-03-15" or a period "2005-2006"); `t` is its
 * position on a time axis in decimal years, so series of different granularity can share
 * one chart.
 */
export const SERIES_UNITS = ["count", "per_100k", "percent_change"] as const;
export const X_KINDS = ["year", "month", "date", "period"] as const;
/**
 * Caveats a figure carries wherever it is shown: `preliminary` (to be revised), `partial`
 * (covers part of its period only), `approximate` (read off a chart or rounded by its source),
 * `incomplete` (its source is known to miss cases).
 */
export const POINT_FLAGS = ["preliminary", "partial", "approximate", "incomplete"] as const;

export const seriesPointSchema = z.object({
  x: z.string().check(z.minLength(1)),
  t: z.number(),
  y: z.nullable(z.number()),
  flags: z.array(z.enum(POINT_FLAGS)),
  /** What the flags mean for this point, e.g. "Jan–Sep 2011 only". */
  note: z.optional(z.string()),
  /** Citation for this point when it differs from the series' source. */
  source: z.optional(z.string()),
});

export const seriesSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    title: z.string().check(z.minLength(1)),
    unit: z.enum(SERIES_UNITS),
    xKind: z.enum(X_KINDS),
    source: z.string().check(z.minLength(1)),
    description: z.string().check(z.minLength(1)),
    points: z.array(seriesPointSchema).check(z.minLength(1)),
  })
  .check(
    z.superRefine((series, ctx) => {
      const seen = new Set<string>();
      series.points.forEach((point, index) => {
        if (seen.has(point.x)) {
          ctx.addIssue({ code: "custom", path: ["points", index, "x"], message: `duplicate x "${point.x}"` });
        }
        seen.add(point.x);
        if (index > 0 && point.t < (series.points[index - 1]?.t ?? -Infinity)) {
          ctx.addIssue({ code: "custom", path: ["points", index, "t"], message: "points must be in time order" });
        }
      });
    }),
  );

export type SeriesPoint = z.infer<typeof seriesPointSchema>;
export type Series = z.infer<typeof seriesSchema>;
export type SeriesUnit = Series["unit"];
export type PointFlag = SeriesPoint["flags"][number];

export interface ChartDefinition {
  id: string;
  title: string;
  unit: SeriesUnit;
  description: string;
  seriesIds: readonly string[];
  /**
   * How the figures are shown: a time chart, or a table of growth rates when the rates compare
   * periods of different lengths and bases that one time axis would misrepresent.
   */
  display?: "time-chart" | "growth-table";
}
