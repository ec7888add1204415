import type { SessionTarget, TargetResult } from "@/lib/contract/sessions";
import { scaleValues, valueText } from "./target-text";

/** The toggle's words: a named session shows every answer with its author, not only reasons. */
export function reasonsLabel(reasons: TargetResult["reasons"], open: boolean): string {
  if (open) return reasons.some((reason) => reason.name) ? "Hide answers" : "Hide reasons";
  return reasons.some((reason) => reason.name)
    ? `Who answered what (${reasons.length})`
    : `Reasons (${reasons.length})`;
}

/** Reasons grouped by the value they came with, highest first; names only when the session is named. */
export function ReasonList({ target, reasons }: { target: SessionTarget; reasons: TargetResult["reasons"] }) {
  const groups = [...scaleValues(target)]
    .reverse()
    .map((value) => ({ value, reasons: reasons.filter((reason) => reason.value === value) }))
    .filter((group) => group.reasons.length > 0);
  return (
    <dl className="mt-2 space-y-2">
      {groups.map((group) => (
        <div key={group.value}>
          <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{valueText(group.value)}</dt>
          {group.reasons.map((reason, index) => (
            <dd key={index} className="ml-0 border-l-2 border-line pl-2 text-sm">
              {/* A named session lists every answer with its author, with or without a reason. */}
              {reason.reason || <span className="text-muted italic">No reason given</span>}
              {reason.name && <span className="text-muted"> · {reason.name}</span>}
            </dd>
          ))}
        </div>
      ))}
    </dl>
  );
}
