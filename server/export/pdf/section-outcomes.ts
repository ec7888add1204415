import type { WorkspaceSnapshot } from "../../../lib/collab";
import { LEVEL_LABEL, isLevel } from "../../../lib/domain/scales";
import { dayText } from "./brief-input";
import { MUTED, type PdfLayout } from "./pdf-layout";

/**
 * A rating session's recorded outcome as the brief needs it: the fields of the sessions
 * contract's `recordedOutcomeSchema` it prints. Keyed by target key, `cell:<areaId>|<optionId>`
 * or `threat:<threatId>:<likelihood|impact>`, as the document keeps them.
 */
export interface BriefOutcome {
  sessionTitle: string;
  round: number;
  value: string | number;
  n: number;
  eligible: number;
  counts: Record<string, number>;
  modalShare: number | null;
  flag: "agreement" | "split" | null;
  dissent: { value: string | number; reason: string }[];
  recordedAt: number;
  recordedBy: string;
}

function valueText(value: string | number): string {
  return isLevel(value) ? LEVEL_LABEL[value] : String(value);
}

/** "Status quo × Border", "Kidnapping, likelihood"; null for a target that no longer exists. */
function targetText(key: string, snapshot: WorkspaceSnapshot): string | null {
  const cell = /^cell:([^|]+)\|(.+)$/.exec(key);
  if (cell) {
    const area = snapshot.areas.find((record) => record.id === cell[1]);
    const option = snapshot.options.find((record) => record.id === cell[2]);
    return area && option ? `${option.name} × ${area.name}` : null;
  }
  const threat = /^threat:(.+):(likelihood|impact)$/.exec(key);
  const record = threat && snapshot.threats.find((item) => item.id === threat[1]);
  return threat && record ? `${record.name}, ${threat[2]}` : null;
}

function agreementText(outcome: BriefOutcome): string {
  const counts = Object.entries(outcome.counts)
    .filter(([, count]) => count > 0)
    .map(([value, count]) => `${valueText(value)}: ${count}`)
    .join(", ");
  const share =
    outcome.modalShare === null ? "" : `, ${Math.round(outcome.modalShare * 100)} % on the most common answer`;
  const flag = outcome.flag === "agreement" ? "Agreement" : outcome.flag === "split" ? "Split" : "No clear agreement";
  return `${flag}: ${outcome.n} of ${outcome.eligible} answered (${counts})${share}.`;
}

/** Only when the document holds recorded outcomes: each with its provenance, agreement and dissent. */
export function drawOutcomeSection(
  layout: PdfLayout,
  snapshot: WorkspaceSnapshot,
  outcomes: Readonly<Record<string, BriefOutcome>>,
): void {
  const entries = Object.entries(outcomes).flatMap(([key, outcome]) => {
    const target = targetText(key, snapshot);
    return target ? [{ target, outcome }] : [];
  });
  if (entries.length === 0) return;
  layout.heading("Recorded session outcomes");
  for (const { target, outcome } of entries.sort((a, b) => a.outcome.recordedAt - b.outcome.recordedAt)) {
    layout.labelled(target, valueText(outcome.value), { gap: 1 });
    const provenance = `Recorded by ${outcome.recordedBy}, ${dayText(outcome.recordedAt)}, from “${outcome.sessionTitle}”, round ${outcome.round}.`;
    layout.paragraph(`${provenance} ${agreementText(outcome)}`, { size: 8.5, color: MUTED, indent: 10, gap: 2 });
    for (const dissent of outcome.dissent) {
      layout.bullet(`Dissent (${valueText(dissent.value)}): ${dissent.reason}`, { size: 8.5, indent: 10 });
    }
    layout.doc.y += 3;
  }
}
