import * as z from "../zod";
import { seriesSchema, type Series, type SeriesPoint, type SeriesUnit } from "./series";
import type { Granularity } from "./time-label";

/**
 * A series an analyst imported into one workspace: the built-in series shape plus who added
 * it and when (server time). Documented in docs/api.md.
 */
export const IMPORTED_SERIES_LIMITS = {
  titleLength: 200,
  sourceLength: 500,
  descriptionLength: 2000,
  /** Series one workspace may hold; each can have up to CSV_LIMITS.maxRows points. */
  perWorkspace: 50,
} as const;

export const importedSeriesSchema = z.intersection(
  seriesSchema,
  z.object({
    addedBy: z.object({ participantId: z.string().check(z.minLength(1)), name: z.string() }),
    /** Milliseconds since the epoch, from the server clock. */
    addedAt: z.number(),
  }),
);

export type ImportedSeries = z.infer<typeof importedSeriesSchema>;

export interface SeriesImportInput {
  title: string;
  unit: SeriesUnit;
  source?: string | undefined;
  description?: string | undefined;
}

export interface ImportedSeriesMeta {
  id: string;
  addedBy: ImportedSeries["addedBy"];
  addedAt: number;
}

export type SeriesAssembly = { ok: true; series: ImportedSeries } | { ok: false; field: "source"; message: string };

const GRANULARITY_WORD: Record<Granularity, string> = { year: "yearly", month: "monthly", date: "daily" };
/** Sources named in a series' caption when every row brings its own. */
const CAPTION_SOURCES = 3;

/**
 * Builds the stored series from a clean import. Every point must be traceable: either the
 * series names a source, or every row of the file does.
 */
export function assembleImportedSeries(
  input: SeriesImportInput,
  imported: { xKind: Granularity; points: SeriesPoint[] },
  meta: ImportedSeriesMeta,
): SeriesAssembly {
  const { points, xKind } = imported;
  const rowSources = [...new Set(points.flatMap((point) => (point.source ? [point.source] : [])))];
  if (!input.source && points.some((point) => !point.source)) {
    return {
      ok: false,
      field: "source",
      message: "source is required unless every row of the CSV has its own source",
    };
  }
  const source =
    input.source ??
    (rowSources.length <= CAPTION_SOURCES
      ? rowSources.join("; ")
      : `${rowSources.slice(0, CAPTION_SOURCES).join("; ")} and ${rowSources.length - CAPTION_SOURCES} more (see each figure)`);
  const first = points[0]?.x ?? "";
  const last = points.at(-1)?.x ?? "";
  const span = first === last ? first : `${first} to ${last}`;
  const description =
    input.description ??
    `Imported from CSV: ${points.length} ${GRANULARITY_WORD[xKind]} figure${points.length === 1 ? "" : "s"}, ${span}.`;
  const series: Series = { id: meta.id, title: input.title, unit: input.unit, xKind, source, description, points };
  return { ok: true, series: importedSeriesSchema.parse({ ...series, addedBy: meta.addedBy, addedAt: meta.addedAt }) };
}
