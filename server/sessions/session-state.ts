import { parseTargetKey, targetScale, type SessionTarget, type TargetResult } from "../../lib/contract/sessions";
import { summarise } from "../../lib/domain/session-stats";
import type { AnswerRecord, RoundRecord, RoundTargetRecord, SessionRecord, SessionStore } from "./session-store";

/** A session with its current round, as the service and the views read it. */
export interface SessionState {
  session: SessionRecord;
  /** Every round, oldest first; the last is the current one. */
  rounds: RoundRecord[];
  current: RoundRecord;
  /** Targets of the current round, in order, dropped ones included. */
  targets: RoundTargetRecord[];
  /** Keys of the current round's targets that were not dropped. */
  live: string[];
  /** Who takes part in the current round (excluded people left out). */
  eligible: string[];
  excluded: Set<string>;
  /** The current round's answers of those who take part. */
  answers: AnswerRecord[];
}

export async function loadState(
  store: SessionStore,
  workspaceId: string,
  sessionId: string,
): Promise<SessionState | undefined> {
  const session = await store.getSession(workspaceId, sessionId);
  if (!session) return undefined;
  const rounds = await store.listRounds(sessionId);
  const current = rounds.find((round) => round.round === session.round);
  if (!current) throw new Error(`session ${sessionId} has no round ${session.round}`);
  const targets = await store.roundTargets(sessionId, session.round);
  const excluded = new Set(await store.exclusions(sessionId));
  const eligible = (await store.eligible(sessionId, session.round)).filter((id) => !excluded.has(id));
  const counted = new Set(eligible);
  const answers = (await store.answers(sessionId, session.round)).filter((answer) => counted.has(answer.participantId));
  const live = targets.filter((target) => target.droppedAt === null).map((target) => target.key);
  return { session, rounds, current, targets, live, eligible, excluded, answers };
}

export function targetOf(key: string): SessionTarget {
  const target = parseTargetKey(key);
  if (!target) throw new Error(`not a target key: ${key}`);
  return target;
}

/** Answers per live target of the current round. */
export function answeredCounts(state: SessionState): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of state.live) counts[key] = 0;
  for (const answer of state.answers) {
    if (counts[answer.targetKey] !== undefined) counts[answer.targetKey] = (counts[answer.targetKey] ?? 0) + 1;
  }
  return counts;
}

/** Live targets each participant answered in the current round. */
export function answeredBy(state: SessionState): Map<string, number> {
  const live = new Set(state.live);
  const counts = new Map<string, number>();
  for (const answer of state.answers) {
    if (live.has(answer.targetKey)) counts.set(answer.participantId, (counts.get(answer.participantId) ?? 0) + 1);
  }
  return counts;
}

/** Participants who answered every live target of the current round. */
export function completeCount(state: SessionState): number {
  if (state.live.length === 0) return 0;
  const counts = answeredBy(state);
  return state.eligible.filter((id) => counts.get(id) === state.live.length).length;
}

/**
 * Results per target of one round from its answers. `nameOf` gives the author shown with a
 * reason; pass it only when the session is named and the reader may see names.
 */
export function roundResults(
  session: SessionRecord,
  keys: readonly string[],
  answers: readonly AnswerRecord[],
  excluded: ReadonlySet<string>,
  nameOf?: (participantId: string) => string | undefined,
): Record<string, TargetResult> {
  const results: Record<string, TargetResult> = {};
  for (const key of keys) {
    const mine = answers.filter((answer) => answer.targetKey === key && !excluded.has(answer.participantId));
    const named = mine.map((answer) => {
      const name = nameOf?.(answer.participantId);
      return {
        value: answer.value,
        ...(answer.reason === null ? {} : { reason: answer.reason }),
        ...(name === undefined ? {} : { name }),
      };
    });
    results[key] = summarise(targetScale(targetOf(key)), named, session.rule);
  }
  return results;
}
