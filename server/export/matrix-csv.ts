import { areaWeight, cellKey, cellRating, cellRationale, demandRating, type WorkspaceSnapshot } from "../../lib/collab";
import { csvTable, isoTime, type CsvCell } from "../../lib/domain/csv-table";
import { LEVEL_LABEL, type Level } from "../../lib/domain/scales";
import { levelPoints, scoreOptions } from "../../lib/domain/scoring";
import { scoringOf } from "./scoring-of";

export const MATRIX_CSV_COLUMNS = [
  "option_id",
  "option",
  "area_id",
  "area",
  "area_weight",
  "level",
  "points",
  "weighted_points",
  "rationale",
  "level_changed_by",
  "level_changed_at",
  "rationale_changed_by",
  "rationale_changed_at",
  "option_score",
  "option_max_score",
  "resource_demand",
] as const;

function levelLabel(level: Level | null): string | null {
  return level ? LEVEL_LABEL[level] : null;
}

/**
 * One row per cell of the option matrix (options in display order, then areas), each with its
 * option's weighted score and resource demand so a spreadsheet can sort or pivot on them.
 */
export function matrixCsv(snapshot: WorkspaceSnapshot): string {
  const scores = new Map(scoreOptions(scoringOf(snapshot)).map((score) => [score.optionId, score]));
  const rows = snapshot.options.flatMap((option) =>
    snapshot.areas.map((area): CsvCell[] => {
      const rating = cellRating(snapshot, area.id, option.id);
      const weight = areaWeight(snapshot, area.id);
      const edit = snapshot.rationaleEdits[cellKey(area.id, option.id)];
      const score = scores.get(option.id);
      return [
        option.id,
        option.name,
        area.id,
        area.name,
        weight,
        levelLabel(rating.level),
        rating.level ? levelPoints(rating.level) : null,
        rating.level ? weight * levelPoints(rating.level) : null,
        cellRationale(snapshot, area.id, option.id),
        rating.level ? (rating.byName ?? null) : null,
        rating.level ? isoTime(rating.at) : null,
        edit?.byName ?? null,
        isoTime(edit?.at),
        score?.score ?? null,
        score?.maxScore ?? null,
        levelLabel(demandRating(snapshot, option.id).level),
      ];
    }),
  );
  return csvTable(MATRIX_CSV_COLUMNS, rows);
}
