import type { WorkspaceSnapshot } from "../../lib/collab";
import { targetExists } from "../../lib/collab/write-sessions";
import type { Role } from "../../lib/contract";
import {
  DEFAULT_AGREEMENT_RULE,
  parseTargetKey,
  targetKey,
  type AnswerBody,
  type CreateSessionBody,
  type NewRoundBody,
} from "../../lib/contract/sessions";
import { ApiError } from "../http/errors";
import { cleanVisibleText, hasVisibleCharacter } from "../../lib/domain/visible-text";
import { newId } from "../ids";
import type { Logger } from "../logger";
import type { ParticipantRecord, Store } from "../store/store";
import { checkAnswer } from "./answer-checks";
import { publish, readSnapshot, sameCounts, type SessionRooms } from "./publication";
import { loadState, roundResults, type SessionState } from "./session-state";
import type { SessionRecord } from "./session-store";
import { resolveTargets } from "./targets";
import { RoundTimers } from "./timers";

/** Whoever calls: their link's role and, when they sent one, their participant. */
export interface Actor {
  role: Role;
  participant?: ParticipantRecord;
}

/**
 * Runs live rating sessions: opens and closes rounds, takes answers, keeps the timers, and
 * publishes what everyone may see into the workspace document. Operations on one session run
 * one at a time, so an answer and a close never interleave.
 */
export class SessionService {
  private readonly timers: RoundTimers;
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly store: Store,
    readonly rooms: SessionRooms,
    private readonly logger: Logger,
  ) {
    this.timers = new RoundTimers(
      (workspaceId, sessionId, round) => this.closeAtDeadline(workspaceId, sessionId, round),
      logger,
    );
    rooms.onRecordsRemoved((workspaceId) => this.dropRemovedTargets(workspaceId));
  }

  /** Drops from an open round the targets a removal took away, and publishes the new counts. */
  private dropRemovedTargets(workspaceId: string): void {
    void (async () => {
      const sessions = await this.store.listSessions(workspaceId);
      const open = sessions.find((session) => session.status === "open");
      if (open) await this.serial(open.id, () => this.state(workspaceId, open.id));
    })().catch((error: unknown) => {
      this.logger.warn({ err: error, workspaceId }, "could not drop removed targets from a rating round");
    });
  }

  /** Re-arms every open round's timer from the store (a restart keeps the deadlines). */
  async start(): Promise<void> {
    for (const pending of await this.store.pendingDeadlines()) {
      this.timers.schedule(pending.workspaceId, pending.sessionId, pending.round, pending.deadline);
    }
  }

  stop(): void {
    this.timers.stop();
  }

  /** Runs `task` after every earlier operation on the same session. */
  serial<T>(sessionId: string, task: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(sessionId) ?? Promise.resolve();
    const next = previous.then(task, task);
    const settled = next.catch(() => undefined);
    this.queues.set(sessionId, settled);
    void settled.then(() => {
      if (this.queues.get(sessionId) === settled) this.queues.delete(sessionId);
    });
    return next;
  }

  /**
   * The session's state, after dropping targets whose option, area or threat was removed
   * (their answers stay in the history); a 404 when the workspace has no such session.
   */
  async state(workspaceId: string, sessionId: string, snapshot?: WorkspaceSnapshot): Promise<SessionState> {
    const state = await loadState(this.store, workspaceId, sessionId);
    if (!state) throw new ApiError(404, "not_found", `This workspace has no rating session ${sessionId}.`);
    if (state.current.closedAt !== null || state.live.length === 0) return state;
    const now = snapshot ?? (await readSnapshot(this.rooms, workspaceId));
    const gone = state.live.filter((key) => {
      const target = parseTargetKey(key);
      return target === undefined || !targetExists(now, target);
    });
    if (gone.length === 0) return state;
    await this.store.dropTargets(sessionId, state.session.round, gone, Date.now());
    const refreshed = (await loadState(this.store, workspaceId, sessionId)) ?? state;
    await publish(this.rooms, refreshed);
    return refreshed;
  }

  /** Reads a session in turn with its changes, so what a read publishes is never older than a write. */
  read<T>(workspaceId: string, sessionId: string, view: (state: SessionState) => Promise<T>): Promise<T> {
    return this.serial(sessionId, async () => view(await this.state(workspaceId, sessionId)));
  }

  /** Participants connected now who may take part in a new round. */
  connectedEligible(workspaceId: string, facilitatorTakesPart: boolean): string[] {
    return this.rooms
      .boundParticipants(workspaceId)
      .filter((person) => person.role === "analyst" || (person.role === "facilitator" && facilitatorTakesPart))
      .map((person) => person.id);
  }

  /** Opens a session and its first round; one at a time per workspace (two starts at once: one wins). */
  create(workspaceId: string, body: CreateSessionBody): Promise<{ id: string; round: number; status: "open" }> {
    return this.serial(`workspace:${workspaceId}`, () => this.createNow(workspaceId, body));
  }

  private async createNow(workspaceId: string, body: CreateSessionBody) {
    const sessions = await this.store.listSessions(workspaceId);
    const running = sessions.find((session) => session.status !== "finished");
    if (running) {
      throw new ApiError(
        409,
        "conflict",
        `The session "${running.title}" is still running: finish it before starting another.`,
      );
    }
    const snapshot = await readSnapshot(this.rooms, workspaceId);
    const targets = resolveTargets(snapshot, body.targets);
    const title = cleanVisibleText(body.title ?? "");
    const now = Date.now();
    const session: SessionRecord = {
      id: newId(),
      workspaceId,
      title: hasVisibleCharacter(title) ? title : `Rating session ${sessions.length + 1}`,
      status: "open",
      round: 1,
      anonymous: body.anonymous ?? true,
      admission: body.admission ?? "bound",
      lock: body.lock ?? true,
      rule: { ...DEFAULT_AGREEMENT_RULE, ...body.rule },
      facilitatorTakesPart: body.facilitatorTakesPart ?? false,
      durationSec: body.durationSec ?? null,
      targets,
      createdAt: now,
    };
    const deadline = session.durationSec === null ? null : now + session.durationSec * 1000;
    const eligible = this.connectedEligible(workspaceId, session.facilitatorTakesPart);
    await this.store.createSession(session, { round: 1, openedAt: now, deadline, targets, eligible });
    if (deadline !== null) this.timers.schedule(workspaceId, session.id, 1, deadline);
    await publish(this.rooms, await this.state(workspaceId, session.id, snapshot));
    return { id: session.id, round: 1, status: "open" as const };
  }

  answer(workspaceId: string, sessionId: string, body: AnswerBody, actor: Required<Actor>) {
    return this.serial(sessionId, async () => {
      let state = await this.state(workspaceId, sessionId);
      const deadline = state.current.deadline;
      if (state.current.closedAt === null && deadline !== null && Date.now() >= deadline) {
        await this.closeRound(state, "closed");
        state = await this.state(workspaceId, sessionId);
      }
      const key = targetKey(body.target);
      checkAnswer(state, key, body, actor);
      const participantId = actor.participant.id;
      if (!state.eligible.includes(participantId)) {
        // Only open admission gets here (checkAnswer refuses the rest): answering admits.
        await this.store.addEligible(sessionId, state.session.round, participantId, Date.now());
      }
      // Reasons are revealed to everyone: only what a reader sees is kept (one line).
      const cleaned = cleanVisibleText(body.reason ?? "");
      const reason = hasVisibleCharacter(cleaned) ? cleaned : null;
      const answer = {
        round: state.session.round,
        targetKey: key,
        participantId,
        value: body.value,
        reason,
        answeredAt: Date.now(),
      };
      if (!(await this.store.putAnswer(sessionId, answer))) {
        throw new ApiError(409, "conflict", "This round closed before your answer arrived: it was not counted.");
      }
      const after = (await loadState(this.store, workspaceId, sessionId)) ?? state;
      // A changed answer moves no count: nothing to push, and the document does not grow.
      if (!sameCounts(state, after)) await publish(this.rooms, after);
      const answered = after.answers.filter((entry) => entry.targetKey === key).length;
      return {
        key,
        mine: { value: body.value, ...(reason === null ? {} : { reason }) },
        answered,
        eligible: after.eligible.length,
      };
    });
  }

  close(workspaceId: string, sessionId: string) {
    return this.serial(sessionId, async () => {
      const state = await this.state(workspaceId, sessionId);
      if (state.current.closedAt !== null)
        throw new ApiError(409, "conflict", `Round ${state.session.round} is already closed.`);
      return this.closeRound(state, "closed");
    });
  }

  /** Closes the current round, publishes its results and returns them (reasons without names). */
  async closeRound(state: SessionState, status: "closed" | "finished") {
    const { session } = state;
    const closedAt = Date.now();
    await this.store.closeRound(session.id, session.round, closedAt, status);
    this.timers.cancel(session.id);
    const closed = await this.state(session.workspaceId, session.id);
    await publish(this.rooms, closed);
    this.logger.info(
      { workspaceId: session.workspaceId, sessionId: session.id, round: session.round },
      "rating round closed",
    );
    const results = roundResults(session, closed.live, closed.answers, closed.excluded);
    return {
      round: session.round,
      openedAt: closed.current.openedAt,
      closedAt,
      results: closed.live.map((key) => ({ key, target: parseTargetKey(key), results: results[key] })),
    };
  }

  private closeAtDeadline(workspaceId: string, sessionId: string, round: number): Promise<void> {
    return this.serial(sessionId, async () => {
      const state = await loadState(this.store, workspaceId, sessionId);
      if (!state || state.session.round !== round || state.current.closedAt !== null) return;
      // Extended while this timer was firing (or fired a moment early): wait for the deadline.
      const { deadline } = state.current;
      if (deadline === null) return;
      if (Date.now() < deadline) {
        this.timers.schedule(workspaceId, sessionId, round, deadline);
        return;
      }
      await this.closeRound(await this.state(workspaceId, sessionId), "closed");
    });
  }

  newRound(workspaceId: string, sessionId: string, body: NewRoundBody) {
    return this.serial(sessionId, async () => {
      const state = await this.state(workspaceId, sessionId);
      const { session } = state;
      if (session.status === "finished")
        throw new ApiError(409, "conflict", "This session is finished: start a new one.");
      if (state.current.closedAt === null)
        throw new ApiError(409, "conflict", "Close the current round before starting the next.");
      const snapshot = await readSnapshot(this.rooms, workspaceId);
      const targets = this.nextTargets(state, body, snapshot);
      const now = Date.now();
      const duration = body.durationSec === undefined ? session.durationSec : body.durationSec;
      const deadline = duration === null ? null : now + duration * 1000;
      const round = session.round + 1;
      const eligible = this.connectedEligible(workspaceId, session.facilitatorTakesPart);
      await this.store.openRound(sessionId, { round, openedAt: now, deadline, targets, eligible });
      if (deadline !== null) this.timers.schedule(workspaceId, sessionId, round, deadline);
      await publish(this.rooms, await this.state(workspaceId, sessionId, snapshot));
      return { id: sessionId, round, status: "open" as const };
    });
  }

  private nextTargets(state: SessionState, body: NewRoundBody, snapshot: WorkspaceSnapshot): string[] {
    const exists = (key: string) => {
      const target = parseTargetKey(key);
      return target !== undefined && targetExists(snapshot, target);
    };
    let keys: string[];
    if (body.targets === undefined || body.targets === "disagreed") {
      const results = roundResults(state.session, state.live, state.answers, state.excluded);
      keys = state.live.filter((key) => results[key]?.flag !== "agreement" && exists(key));
      if (keys.length === 0) {
        throw new ApiError(
          409,
          "conflict",
          "Every target of this round reached agreement: record the outcomes, or pick targets.",
        );
      }
      return keys;
    }
    keys = [...new Set(body.targets.map(targetKey))];
    keys.forEach((key, index) => {
      if (!state.session.targets.includes(key)) {
        throw new ApiError(400, "invalid_body", "This target is not part of this session.", `targets.${index}`);
      }
      if (!exists(key))
        throw new ApiError(400, "invalid_body", "This target was removed from the workspace.", `targets.${index}`);
    });
    return keys;
  }

  extend(workspaceId: string, sessionId: string, seconds: number) {
    return this.serial(sessionId, async () => {
      const state = await this.state(workspaceId, sessionId);
      if (state.current.closedAt !== null)
        throw new ApiError(409, "conflict", "The round is closed: there is no timer to extend.");
      const now = Date.now();
      const deadline = Math.max(state.current.deadline ?? now, now) + seconds * 1000;
      await this.store.setDeadline(sessionId, state.session.round, deadline);
      this.timers.schedule(workspaceId, sessionId, state.session.round, deadline);
      await publish(this.rooms, await this.state(workspaceId, sessionId));
      return { round: state.session.round, deadline };
    });
  }

  finish(workspaceId: string, sessionId: string) {
    return this.serial(sessionId, async () => {
      const state = await this.state(workspaceId, sessionId);
      if (state.current.closedAt === null) await this.closeRound(state, "finished");
      else if (state.session.status !== "finished") {
        await this.store.setStatus(sessionId, "finished");
        await publish(this.rooms, await this.state(workspaceId, sessionId));
      }
      return { id: sessionId, status: "finished" as const };
    });
  }

  setExcluded(workspaceId: string, sessionId: string, participant: ParticipantRecord, role: Role, excluded: boolean) {
    return this.serial(sessionId, async () => {
      const state = await this.state(workspaceId, sessionId);
      const now = Date.now();
      if (!excluded && (role === "viewer" || (role === "facilitator" && !state.session.facilitatorTakesPart))) {
        throw new ApiError(
          409,
          "conflict",
          "This person's link does not take part in this session: only analysts answer.",
        );
      }
      await this.store.setExcluded(sessionId, participant.id, excluded, now);
      if (!excluded && state.current.closedAt === null) {
        await this.store.addEligible(sessionId, state.session.round, participant.id, now);
      }
      await publish(this.rooms, await this.state(workspaceId, sessionId));
      return { participantId: participant.id, excluded };
    });
  }
}
