import type { WorkspaceSnapshot } from "../../../lib/collab";
import type { ImportedSeries } from "../../../lib/domain/imported-series";
import type { BriefOutcome } from "./section-outcomes";

/** Everything a brief is drawn from: plain data, so it crosses to the worker thread as a structured clone. */
export interface BriefInput {
  workspaceId: string;
  snapshot: WorkspaceSnapshot;
  imported: ImportedSeries[];
  /** Milliseconds since the epoch, server clock. */
  exportedAt: number;
  /**
   * Rating sessions' recorded outcomes by target key, as the document keeps them (the
   * `outcomes` root of the sessions contract); the brief's section appears only when there are some.
   */
  outcomes?: Readonly<Record<string, BriefOutcome>>;
}

const STAMP = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: "UTC",
});
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "4 December 2026 at 22:40 UTC": the server knows no reader's time zone, so it says which it uses. */
export function exportStamp(at: number): string {
  return `${STAMP.format(new Date(at))} UTC`;
}

export function dayText(at: number): string {
  return DAY.format(new Date(at));
}

/** The participant id the template stamps on what it seeds: the brief's values, nobody's edit. */
export const SEEDED_BY = "template";

/** Everyone whose name is on a change, a comment or an imported series, in alphabetical order. */
export function contributors(input: BriefInput): string[] {
  const { snapshot } = input;
  const stamps: { by?: string | undefined; byName?: string | undefined }[] = [
    ...Object.values(snapshot.ratings),
    ...Object.values(snapshot.resourceDemand),
    ...Object.values(snapshot.rationaleEdits),
    ...Object.values(snapshot.weights),
    ...snapshot.threats.flatMap((threat) => (threat.updatedBy ? [threat.updatedBy] : [])),
    ...snapshot.threads.flatMap((thread) => [thread.created, ...thread.comments]),
    ...input.imported.map((series) => ({ by: series.addedBy.participantId, byName: series.addedBy.name })),
  ];
  const names = stamps.flatMap((stamp) =>
    stamp.by !== SEEDED_BY && stamp.byName?.trim() ? [stamp.byName.trim()] : [],
  );
  const unique = new Set(names);
  return [...unique].sort((a, b) => a.localeCompare(b, "es"));
}
