import { csvField } from "../../lib/domain/csv";
import type { WorkspaceSnapshot } from "../../lib/collab";
import type { SessionDetail } from "../../lib/contract/sessions";
import type { RecordingRecord } from "./session-store";
import { targetLabel } from "./targets";

export const RESULTS_CSV_COLUMNS = [
  "round",
  "target",
  "label",
  "n",
  "high",
  "medium",
  "low",
  "score_1",
  "score_2",
  "score_3",
  "score_4",
  "score_5",
  "abstentions",
  "median",
  "iqr",
  "modal_share",
  "agreement",
  "recorded",
] as const;

/** Spreadsheets run a cell starting with one of these as a formula; an apostrophe keeps it text. */
const FORMULA_START = /^[=+\-@\t\r]/;

function textCell(value: string): string {
  return csvField(FORMULA_START.test(value) ? `'${value}` : value);
}

const figure = (value: number | null | undefined) => (value === null || value === undefined ? "" : String(value));

/**
 * One row per closed round × target: counts per level (cells) or score (threats), the
 * statistics and the value recorded from that round (reverted recordings left out).
 */
export function resultsCsv(
  history: SessionDetail["history"],
  recordings: readonly RecordingRecord[],
  snapshot: WorkspaceSnapshot,
): string {
  const recorded = new Map<string, string>();
  for (const recording of recordings) {
    if (recording.revertedAt === null)
      recorded.set(`${recording.round} ${recording.targetKey}`, String(recording.outcome.value));
  }
  const rows = [RESULTS_CSV_COLUMNS.join(",")];
  for (const round of history) {
    for (const { key, target, results } of round.results) {
      const count = (value: string) => figure(results.counts[value]);
      rows.push(
        [
          String(round.round),
          textCell(key),
          textCell(targetLabel(snapshot, target)),
          String(results.n),
          count("high"),
          count("medium"),
          count("low"),
          count("1"),
          count("2"),
          count("3"),
          count("4"),
          count("5"),
          String(results.abstentions),
          figure(results.median),
          figure(results.iqr),
          results.modalShare === null ? "" : results.modalShare.toFixed(3),
          results.flag ?? "",
          recorded.get(`${round.round} ${key}`) ?? "",
        ].join(","),
      );
    }
  }
  return `${rows.join("\r\n")}\r\n`;
}
