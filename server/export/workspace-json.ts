import type { WorkspaceSnapshot } from "../../lib/collab";
import type { RecordedOutcome } from "../../lib/contract/sessions";
import { WORKSPACE_EXPORT_FORMAT, WORKSPACE_EXPORT_VERSION } from "../../lib/contract/exports";
import { BUILT_IN_CHARTS, builtInSeries } from "../../lib/domain/built-in-charts";
import type { ImportedSeries } from "../../lib/domain/imported-series";
import type { ChartDefinition, Series } from "../../lib/domain/series";

/** What a series is without its figures (those are in each chart's CSV). */
export interface SeriesMetadata {
  id: string;
  title: string;
  unit: Series["unit"];
  xKind: Series["xKind"];
  source: string;
  description: string;
  pointCount: number;
  /** The first and last period as the source labels them ("1990", "2010-03"). */
  first: string;
  last: string;
}

export interface ImportedSeriesMetadata extends SeriesMetadata {
  addedBy: ImportedSeries["addedBy"];
  addedAt: number;
}

/** The body of `GET /api/workspaces/:id/export.json`; docs/api.md documents every field. */
export interface WorkspaceExport {
  format: typeof WORKSPACE_EXPORT_FORMAT;
  version: typeof WORKSPACE_EXPORT_VERSION;
  workspaceId: string;
  exportedAt: string;
  /** The document exactly as the page reads it (`readWorkspace`). */
  workspace: WorkspaceSnapshot;
  /** Rating sessions' recorded outcomes by target key (`readOutcomes`), each with its provenance and dissent. */
  outcomes: Record<string, RecordedOutcome>;
  charts: readonly ChartDefinition[];
  series: { builtIn: SeriesMetadata[]; imported: ImportedSeriesMetadata[] };
}

function metadataOf(series: Series): SeriesMetadata {
  return {
    id: series.id,
    title: series.title,
    unit: series.unit,
    xKind: series.xKind,
    source: series.source,
    description: series.description,
    pointCount: series.points.length,
    first: series.points[0]?.x ?? "",
    last: series.points.at(-1)?.x ?? "",
  };
}

export function workspaceExport(
  workspaceId: string,
  workspace: WorkspaceSnapshot,
  outcomes: Record<string, RecordedOutcome>,
  imported: readonly ImportedSeries[],
  now: number,
): WorkspaceExport {
  return {
    format: WORKSPACE_EXPORT_FORMAT,
    version: WORKSPACE_EXPORT_VERSION,
    workspaceId,
    exportedAt: new Date(now).toISOString(),
    workspace,
    outcomes,
    charts: BUILT_IN_CHARTS,
    series: {
      builtIn: builtInSeries().map(metadataOf),
      imported: imported.map((series) => ({ ...metadataOf(series), addedBy: series.addedBy, addedAt: series.addedAt })),
    },
  };
}
