import type { WorkspaceSnapshot } from "@/lib/collab";
import { parseTargetKey, type PublishedSession, type SessionDetail, type SessionTarget } from "@/lib/contract/sessions";
import type { AnswerRowData } from "./answer-row";
import type { RevealItem } from "./reveal-board";
import { targetName } from "./target-text";

export interface TargetRow {
  key: string;
  target: SessionTarget;
  label: string;
}

/** The round's targets that still exist, named as the workspace names them now. */
export function targetRows(published: PublishedSession, snapshot: WorkspaceSnapshot): TargetRow[] {
  return published.targets.flatMap((key) => {
    const target = parseTargetKey(key);
    const label = target && targetName(target, snapshot);
    return target && label ? [{ key, target, label }] : [];
  });
}

/** A closed round's results as the reveal board shows them. */
export function revealItems(
  published: PublishedSession,
  snapshot: WorkspaceSnapshot,
  recorded: (key: string) => string | number | undefined,
): RevealItem[] {
  return targetRows(published, snapshot).flatMap((row) => {
    const result = published.results?.[row.key];
    return result ? [{ ...row, result, recorded: recorded(row.key) }] : [];
  });
}

/** The rows to answer, with this person's answers and last round's results from the detail. */
export function answerRows(
  rows: readonly TargetRow[],
  detail: SessionDetail | undefined,
  published: PublishedSession,
): AnswerRowData[] {
  const byKey = new Map(detail?.targets.map((view) => [view.key, view]));
  return rows.map((row) => {
    const view = byKey.get(row.key);
    const counts = { answered: published.answered[row.key] ?? 0, eligible: published.eligible };
    return { ...row, ...counts, answer: view?.mine, previous: view?.previous };
  });
}
