import type { WorkspaceSnapshot } from "../../lib/collab";
import { csvTable, isoTime, type CsvCell } from "../../lib/domain/csv-table";
import { THREAT_CATEGORY_LABEL, THREAT_TRENDS_LABEL } from "../../lib/domain/scales";
import { SCORE_BAND_INFO, threatBand } from "../../lib/domain/threat-heat-map";
import { threatScore } from "../../lib/domain/threat-view";

export const REGISTER_CSV_COLUMNS = [
  "threat_id",
  "name",
  "category",
  "trend",
  "likelihood",
  "impact",
  "score",
  "band",
  "actors",
  "owner",
  "next_review",
  "areas",
  "sources",
  "notes",
  "updated_by",
  "updated_at",
] as const;

/** Lists inside one cell are joined with a separator no actor, area or source name uses on its own. */
const LIST_SEPARATOR = "; ";

/** Every field of every threat of the register, in register order. */
export function registerCsv(snapshot: WorkspaceSnapshot): string {
  const areaNames = new Map(snapshot.areas.map((area) => [area.id, area.name]));
  const rows = snapshot.threats.map((threat): CsvCell[] => {
    const band = threatBand(threat);
    return [
      threat.id,
      threat.name,
      THREAT_CATEGORY_LABEL[threat.category],
      THREAT_TRENDS_LABEL[threat.trend],
      threat.likelihood,
      threat.impact,
      threatScore(threat),
      band ? SCORE_BAND_INFO[band].label : null,
      threat.actors.join(LIST_SEPARATOR),
      threat.owner,
      threat.nextReview,
      threat.areaIds.map((id) => areaNames.get(id) ?? id).join(LIST_SEPARATOR),
      threat.sources.join(LIST_SEPARATOR),
      threat.notes,
      threat.updatedBy?.byName ?? null,
      isoTime(threat.updatedBy?.at),
    ];
  });
  return csvTable(REGISTER_CSV_COLUMNS, rows);
}
