import type { ImportedSeries } from "../../lib/domain/imported-series";

/** Persistence of the series analysts import into a workspace (docs/api.md, "Workspace series"). */
export interface SeriesStore {
  /** Newest first. */
  listSeries(workspaceId: string): Promise<ImportedSeries[]>;
  getSeries(workspaceId: string, seriesId: string): Promise<ImportedSeries | undefined>;
  /**
   * Stores the series unless the workspace already holds `maxPerWorkspace`; the count and
   * the insert are one transaction, so two imports at once cannot both squeeze past it.
   */
  createSeries(workspaceId: string, series: ImportedSeries, maxPerWorkspace: number): Promise<boolean>;
  /** False when there was no such series in that workspace. */
  deleteSeries(workspaceId: string, seriesId: string): Promise<boolean>;
}
