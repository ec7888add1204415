import { readWorkspace } from "../../lib/collab";
import { readOutcomes } from "../../lib/collab/read-sessions";
import {
  removeRecordedOutcome,
  setRecordedOutcome,
  targetExists,
  targetValue,
  writeTargetValue,
} from "../../lib/collab/write-sessions";
import {
  targetKey,
  targetScale,
  type RatedValue,
  type RecordBody,
  type RecordedOutcome,
  type SessionTarget,
  type TargetResult,
} from "../../lib/contract/sessions";
import { isOnScale, scaleValues, valueAtRank } from "../../lib/domain/session-stats";
import { ApiError } from "../http/errors";
import type { ParticipantRecord } from "../store/store";
import type { SessionService } from "./service";
import { roundResults, type SessionState } from "./session-state";

const quiet = () => undefined;

interface Decided {
  key: string;
  target: SessionTarget;
  round: number;
  value: RatedValue;
  result: TargetResult;
  eligible: number;
}

/** The latest closed round that rated `key`, with its result. */
async function latestResult(service: SessionService, state: SessionState, key: string) {
  const closed = state.rounds.filter((round) => round.closedAt !== null).reverse();
  for (const round of closed) {
    const targets = await service.store.roundTargets(state.session.id, round.round);
    if (!targets.some((target) => target.key === key)) continue;
    const answers = await service.store.answers(state.session.id, round.round);
    const eligible = (await service.store.eligible(state.session.id, round.round)).filter(
      (id) => !state.excluded.has(id),
    );
    const result = roundResults(state.session, [key], answers, state.excluded)[key];
    if (result) return { round: round.round, result, eligible: eligible.length };
  }
  return undefined;
}

function levelName(rank: number, target: SessionTarget): string {
  const value = valueAtRank(targetScale(target), rank);
  return value === undefined ? String(rank) : String(value);
}

/** The value to record: the one given (on the target's scale) or the median, when it is one value. */
function chosenValue(
  target: SessionTarget,
  given: RatedValue | undefined,
  result: TargetResult,
  index: number,
): RatedValue {
  const field = `outcomes.${index}.value`;
  const scale = targetScale(target);
  if (given !== undefined) {
    if (!isOnScale(scale, given)) {
      throw new ApiError(400, "invalid_body", `Record one of: ${scaleValues(scale).join(", ")}.`, field);
    }
    return given;
  }
  if (result.median === null)
    throw new ApiError(400, "invalid_body", "Nobody rated this target: give the value to record.", field);
  const median = valueAtRank(scale, result.median);
  if (median !== undefined) return median;
  const below = levelName(Math.floor(result.median), target);
  const above = levelName(Math.ceil(result.median), target);
  throw new ApiError(
    400,
    "invalid_body",
    `The median lies between ${below} and ${above}: give the value to record.`,
    field,
  );
}

async function decide(service: SessionService, state: SessionState, body: RecordBody): Promise<Decided[]> {
  const decided: Decided[] = [];
  for (const [index, outcome] of body.outcomes.entries()) {
    const key = targetKey(outcome.target);
    if (!state.session.targets.includes(key)) {
      throw new ApiError(400, "invalid_body", "This target is not part of this session.", `outcomes.${index}.target`);
    }
    const latest = await latestResult(service, state, key);
    if (!latest) {
      throw new ApiError(409, "conflict", "This target has not been rated in a closed round yet.");
    }
    const value = chosenValue(outcome.target, outcome.value, latest.result, index);
    decided.push({
      key,
      target: outcome.target,
      value,
      round: latest.round,
      result: latest.result,
      eligible: latest.eligible,
    });
  }
  return decided;
}

/**
 * Writes each outcome into the matrix or register with the facilitator's authorship, marks it
 * with its provenance and dissent under `outcomes`, and keeps the recording in the history.
 */
export function recordOutcomes(
  service: SessionService,
  workspaceId: string,
  sessionId: string,
  body: RecordBody,
  by: ParticipantRecord,
) {
  return service.serial(sessionId, async () => {
    const state = await service.state(workspaceId, sessionId);
    if (state.current.closedAt === null)
      throw new ApiError(409, "conflict", "Close the round before recording outcomes.");
    const decided = await decide(service, state, body);
    const now = Date.now();
    const written: { key: string; outcome: RecordedOutcome }[] = [];
    await service.rooms.serverChange(workspaceId, (doc) => {
      const snapshot = readWorkspace(doc, quiet);
      const missing = decided.find((entry) => !targetExists(snapshot, entry.target));
      if (missing)
        throw new ApiError(409, "conflict", "A target to record was removed from the workspace: nothing was recorded.");
      doc.transact(() => {
        for (const entry of decided) {
          const outcome = outcomeOf(state, entry, targetValue(snapshot, entry.target), by, now);
          writeTargetValue(doc, entry.target, entry.value, { id: by.id, name: by.name });
          setRecordedOutcome(doc, entry.key, outcome);
          written.push({ key: entry.key, outcome });
        }
      });
    });
    for (const { key, outcome } of written) {
      await service.store.addRecording(sessionId, {
        targetKey: key,
        round: outcome.round,
        outcome,
        recordedBy: by.id,
        recordedAt: now,
      });
    }
    return { outcomes: written.map(({ key, outcome }) => ({ key, value: outcome.value, previous: outcome.previous })) };
  });
}

function outcomeOf(
  state: SessionState,
  entry: Decided,
  previous: RatedValue | null,
  by: ParticipantRecord,
  now: number,
): RecordedOutcome {
  return {
    sessionId: state.session.id,
    sessionTitle: state.session.title,
    round: entry.round,
    value: entry.value,
    previous,
    n: entry.result.n,
    eligible: entry.eligible,
    counts: entry.result.counts,
    modalShare: entry.result.modalShare,
    flag: entry.result.flag,
    dissent: entry.result.reasons
      .filter((reason) => reason.value !== entry.value && reason.reason !== "")
      .map((reason) => ({ value: reason.value, reason: reason.reason })),
    recordedAt: now,
    recordedBy: by.name,
  };
}

/** Takes a recording back: the value before it returns, the mark goes; the history keeps both. */
export function revertOutcome(
  service: SessionService,
  workspaceId: string,
  sessionId: string,
  target: SessionTarget,
  by: ParticipantRecord,
) {
  return service.serial(sessionId, async () => {
    await service.state(workspaceId, sessionId);
    const key = targetKey(target);
    let restored: RatedValue | null = null;
    await service.rooms.serverChange(workspaceId, (doc) => {
      const outcome = readOutcomes(doc, quiet)[key];
      if (!outcome || outcome.sessionId !== sessionId) {
        throw new ApiError(409, "conflict", "This session has no recorded outcome on this target to revert.", "target");
      }
      const snapshot = readWorkspace(doc, quiet);
      if (!targetExists(snapshot, target))
        throw new ApiError(409, "conflict", "This target was removed from the workspace.");
      restored = outcome.previous;
      doc.transact(() => {
        writeTargetValue(doc, target, outcome.previous, { id: by.id, name: by.name });
        removeRecordedOutcome(doc, key);
      });
    });
    await service.store.markReverted(sessionId, key, by.id, Date.now());
    return { key, value: restored };
  });
}
