import type { RatedValue, RecordedOutcome } from "@/lib/contract/sessions";

/**
 * Kept apart from the rest of the session UI: the matrix and the register show these marks
 * from their first paint, so this file stays small and imports nothing heavy.
 */

const VALUE_TEXT: Record<string, string> = { high: "High", medium: "Medium", low: "Low" };
const say = (value: RatedValue | string) => VALUE_TEXT[String(value)] ?? String(value);

export interface ConsensusState {
  outcome: RecordedOutcome;
  /** The value still is the recorded one. */
  holds: boolean;
  /** "consensus, round 2, 6 of 7" (or "recorded, …" without agreement), or "changed after consensus by Ana". */
  text: string;
}

export function consensusState(
  outcome: RecordedOutcome | undefined,
  current: RatedValue | null,
  changedBy: string | undefined,
): ConsensusState | undefined {
  if (!outcome) return undefined;
  const holds = current === outcome.value;
  // "consensus" only where the panel agreed; a value recorded without agreement says so.
  const kind = outcome.flag === "agreement" ? "consensus" : "recorded";
  const text = holds
    ? `${kind}, round ${outcome.round}, ${outcome.n} of ${outcome.eligible}`
    : `changed after consensus${changedBy ? ` by ${changedBy}` : ""}`;
  return { outcome, holds, text };
}

/** The small mark on a recorded cell or threat score. */
export function ConsensusMark({ state, className = "" }: { state: ConsensusState; className?: string }) {
  return (
    <span
      data-testid="consensus-mark"
      data-holds={state.holds}
      className={`inline-block max-w-full truncate rounded px-1 text-[10px] leading-4 font-medium ${
        state.holds ? "bg-accent-soft text-accent" : "bg-level-low-soft text-warn"
      } ${className}`}
    >
      {state.text}
    </span>
  );
}

/** Where a recorded value came from: session, round, distribution, agreement share and dissent. */
export function ConsensusDetails({ state }: { state: ConsensusState }) {
  const { outcome } = state;
  const counts = Object.entries(outcome.counts)
    .sort(([a], [b]) => rank(b) - rank(a))
    .map(([value, count]) => `${say(value)} ${count}`)
    .join(" · ");
  return (
    <div
      data-testid="consensus-details"
      className="space-y-1 rounded-md border border-line bg-canvas px-2.5 py-2 text-xs"
    >
      <p className="font-semibold">
        {state.holds ? (outcome.flag === "agreement" ? "Consensus" : "Recorded by the session") : "Changed since"}:{" "}
        {say(outcome.value)}
      </p>
      {!state.holds && <p className="text-warn">{state.text}; the session&rsquo;s history keeps the recording.</p>}
      <p>
        {outcome.sessionTitle}, round {outcome.round}: {outcome.n} of {outcome.eligible} rated ({counts})
        {outcome.modalShare !== null && `, ${Math.round(outcome.modalShare * 100)} % in the most chosen value`}
        {outcome.flag ? ` · ${outcome.flag === "agreement" ? "agreement" : "split"}` : ""}. Recorded by{" "}
        {outcome.recordedBy}.
      </p>
      {outcome.dissent.length > 0 && (
        <div>
          <p className="font-medium">Dissent</p>
          <ul className="list-disc pl-4">
            {outcome.dissent.map((entry, index) => (
              <li key={index}>
                {say(entry.value)}: {entry.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

/** Highest first: levels by their order, scores by their number. */
function rank(value: string): number {
  return value === "high" ? 3 : value === "medium" ? 2 : value === "low" ? 1 : Number(value);
}
