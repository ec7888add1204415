import type { Role } from "../../lib/contract";
import { parseTargetKey, type SessionDetail, type TargetResult } from "../../lib/contract/sessions";
import type { ParticipantRecord } from "../store/store";
import type { Actor, SessionService } from "./service";
import { answeredBy, completeCount, roundResults, targetOf, type SessionState } from "./session-state";
import type { SessionRecord } from "./session-store";

/** Names of participants, looked up once per request. */
function nameBook(service: SessionService) {
  const cache = new Map<string, Promise<ParticipantRecord | undefined>>();
  const participant = (id: string) => {
    let found = cache.get(id);
    if (!found) cache.set(id, (found = service.store.getParticipant(id)));
    return found;
  };
  return { participant };
}

/** Named answers only in a named session, and never to a viewer. */
function maySeeNames(session: SessionRecord, role: Role): boolean {
  return !session.anonymous && role !== "viewer";
}

async function namesOf(service: SessionService, ids: Iterable<string>) {
  const book = nameBook(service);
  const names = new Map<string, string>();
  for (const id of ids) {
    const record = await book.participant(id);
    if (record) names.set(id, record.name);
  }
  return names;
}

/** Every closed round with its results, oldest first, and the results per round for feedback. */
async function closedRounds(service: SessionService, state: SessionState, names?: Map<string, string>) {
  const nameOf = names ? (id: string) => names.get(id) : undefined;
  const history: SessionDetail["history"] = [];
  const byRound = new Map<number, Record<string, TargetResult>>();
  for (const round of state.rounds) {
    if (round.closedAt === null) continue;
    const keys = (await service.store.roundTargets(state.session.id, round.round)).map((target) => target.key);
    const answers = await service.store.answers(state.session.id, round.round);
    const results = roundResults(state.session, keys, answers, state.excluded, nameOf);
    byRound.set(round.round, results);
    history.push({
      round: round.round,
      openedAt: round.openedAt,
      closedAt: round.closedAt,
      results: keys.flatMap((key) => {
        const result = results[key];
        return result ? [{ key, target: targetOf(key), results: result }] : [];
      }),
    });
  }
  return { history, byRound };
}

/** The facilitator's list: who takes part, late joiners not admitted yet, and who was excluded. */
async function participantList(service: SessionService, state: SessionState) {
  const { session } = state;
  const book = nameBook(service);
  const connected = service.connectedEligible(session.workspaceId, session.facilitatorTakesPart);
  const ids = [...new Set([...state.eligible, ...state.excluded, ...connected])];
  const counts = answeredBy(state);
  const list = [];
  for (const id of ids) {
    const record = await book.participant(id);
    if (!record) continue;
    const link = await service.store.getLink(record.linkId);
    list.push({
      id,
      name: record.name,
      linkLabel: link?.label ?? "",
      answered: counts.get(id) ?? 0,
      excluded: !state.eligible.includes(id),
    });
  }
  return list;
}

/** `GET .../sessions/:sessionId` for one caller: their own answers, never anyone else's. */
export async function sessionDetail(
  service: SessionService,
  state: SessionState,
  actor: Actor,
): Promise<SessionDetail> {
  const { session, current } = state;
  const names = maySeeNames(session, actor.role)
    ? await namesOf(
        service,
        state.answers.map((a) => a.participantId),
      )
    : undefined;
  const { history, byRound } = await closedRounds(service, state, names);
  const closed = current.closedAt !== null;
  const me = actor.participant?.id;
  const mine = new Map(
    state.answers.filter((answer) => answer.participantId === me).map((answer) => [answer.targetKey, answer]),
  );
  const takesPart = actor.role === "analyst" || (actor.role === "facilitator" && session.facilitatorTakesPart);
  const admitted =
    me !== undefined && !state.excluded.has(me) && (state.eligible.includes(me) || session.admission === "open");
  const answered = new Map<string, number>();
  for (const answer of state.answers) answered.set(answer.targetKey, (answered.get(answer.targetKey) ?? 0) + 1);
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    round: session.round,
    deadline: closed ? null : current.deadline,
    anonymous: session.anonymous,
    admission: session.admission,
    lock: session.lock,
    rule: session.rule,
    facilitatorTakesPart: session.facilitatorTakesPart,
    createdAt: session.createdAt,
    canAnswer: !closed && takesPart && admitted,
    participants: {
      count: state.eligible.length,
      ...(actor.role === "facilitator" ? { list: await participantList(service, state) } : {}),
    },
    complete: completeCount(state),
    targets: state.targets.map(({ key, droppedAt }) => {
      const own = mine.get(key);
      const results = closed ? byRound.get(session.round)?.[key] : undefined;
      const previous = byRound.get(session.round - 1)?.[key];
      return {
        target: targetOf(key),
        key,
        answered: answered.get(key) ?? 0,
        eligible: state.eligible.length,
        ...(own ? { mine: { value: own.value, ...(own.reason === null ? {} : { reason: own.reason }) } } : {}),
        ...(results ? { results } : {}),
        ...(previous ? { previous } : {}),
        ...(droppedAt === null ? {} : { dropped: true }),
      };
    }),
    history,
    recordings: (await service.store.listRecordings(session.id)).flatMap((recording) => {
      const target = parseTargetKey(recording.targetKey);
      if (!target) return [];
      const { value, previous, recordedBy } = recording.outcome;
      const { round, recordedAt, revertedAt } = recording;
      return [{ key: recording.targetKey, target, round, value, previous, recordedBy, recordedAt, revertedAt }];
    }),
  };
}

export async function sessionList(service: SessionService, workspaceId: string) {
  const sessions = await service.store.listSessions(workspaceId);
  return {
    sessions: sessions.map((session) => ({
      id: session.id,
      title: session.title,
      status: session.status,
      round: session.round,
      createdAt: session.createdAt,
      targetCount: session.targets.length,
    })),
  };
}
