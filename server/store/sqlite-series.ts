import type { Database } from "better-sqlite3";
import type { ImportedSeries } from "../../lib/domain/imported-series";
import type { SeriesStore } from "./series-store";

interface SeriesRow {
  id: string;
  workspace_id: string;
  title: string;
  unit: string;
  x_kind: string;
  source: string;
  description: string;
  points: string;
  added_by: string;
  added_by_name: string;
  added_at: number;
}

/** The SQLite half of the store that holds imported series (table `workspace_series`). */
export function sqliteSeriesStore(db: Database): SeriesStore {
  const selectAll = db.prepare<[string], SeriesRow>(
    "SELECT * FROM workspace_series WHERE workspace_id = ? ORDER BY added_at DESC, rowid DESC",
  );
  const selectOne = db.prepare<[string, string], SeriesRow>(
    "SELECT * FROM workspace_series WHERE workspace_id = ? AND id = ?",
  );
  const count = db.prepare<[string], { n: number }>(
    "SELECT count(*) AS n FROM workspace_series WHERE workspace_id = ?",
  );
  const insert = db.prepare(
    `INSERT INTO workspace_series
       (id, workspace_id, title, unit, x_kind, source, description, points, added_by, added_by_name, added_at)
     VALUES (@id, @workspace_id, @title, @unit, @x_kind, @source, @description, @points, @added_by, @added_by_name, @added_at)`,
  );
  const remove = db.prepare<[string, string]>("DELETE FROM workspace_series WHERE workspace_id = ? AND id = ?");

  const create = db.transaction((workspaceId: string, series: ImportedSeries, max: number): boolean => {
    if ((count.get(workspaceId)?.n ?? 0) >= max) return false;
    insert.run(toRow(workspaceId, series));
    return true;
  });

  return {
    async listSeries(workspaceId) {
      return selectAll.all(workspaceId).map(fromRow);
    },
    async getSeries(workspaceId, seriesId) {
      const row = selectOne.get(workspaceId, seriesId);
      return row && fromRow(row);
    },
    async createSeries(workspaceId, series, maxPerWorkspace) {
      return create(workspaceId, series, maxPerWorkspace);
    },
    async deleteSeries(workspaceId, seriesId) {
      return remove.run(workspaceId, seriesId).changes > 0;
    },
  };
}

function toRow(workspaceId: string, series: ImportedSeries): SeriesRow {
  return {
    id: series.id,
    workspace_id: workspaceId,
    title: series.title,
    unit: series.unit,
    x_kind: series.xKind,
    source: series.source,
    description: series.description,
    points: JSON.stringify(series.points),
    added_by: series.addedBy.participantId,
    added_by_name: series.addedBy.name,
    added_at: series.addedAt,
  };
}

/** Rows are written only from validated series, so they are read back without re-validating 5,000 points each. */
function fromRow(row: SeriesRow): ImportedSeries {
  return {
    id: row.id,
    title: row.title,
    unit: row.unit as ImportedSeries["unit"],
    xKind: row.x_kind as ImportedSeries["xKind"],
    source: row.source,
    description: row.description,
    points: JSON.parse(row.points) as ImportedSeries["points"],
    addedBy: { participantId: row.added_by, name: row.added_by_name },
    addedAt: row.added_at,
  };
}
