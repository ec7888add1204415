import type { Database } from "better-sqlite3";
import {
  agreementRuleSchema,
  answerValueSchema,
  recordedOutcomeSchema,
  type Admission,
  type SessionStatus,
} from "../../lib/contract/sessions";
import type { AnswerRecord, NewRound, RecordingRecord, SessionRecord, SessionStore } from "./session-store";

interface SessionRow {
  id: string;
  workspace_id: string;
  title: string;
  status: string;
  round: number;
  anonymous: number;
  admission: string;
  lock: number;
  rule: string;
  facilitator_takes_part: number;
  duration_sec: number | null;
  targets: string;
  created_at: number;
}
interface AnswerRow {
  round: number;
  target_key: string;
  participant_id: string;
  value: string;
  reason: string | null;
  answered_at: number;
}
interface RecordingRow {
  id: number;
  target_key: string;
  round: number;
  outcome: string;
  recorded_by: string;
  recorded_at: number;
  reverted_by: string | null;
  reverted_at: number | null;
}

function toSession(row: SessionRow): SessionRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    title: row.title,
    status: row.status as SessionStatus,
    round: row.round,
    anonymous: row.anonymous === 1,
    admission: row.admission as Admission,
    lock: row.lock === 1,
    rule: agreementRuleSchema.parse(JSON.parse(row.rule)),
    facilitatorTakesPart: row.facilitator_takes_part === 1,
    durationSec: row.duration_sec,
    targets: JSON.parse(row.targets) as string[],
    createdAt: row.created_at,
  };
}

function toAnswer(row: AnswerRow): AnswerRecord {
  return {
    round: row.round,
    targetKey: row.target_key,
    participantId: row.participant_id,
    value: answerValueSchema.parse(JSON.parse(row.value)),
    reason: row.reason,
    answeredAt: row.answered_at,
  };
}

function toRecording(row: RecordingRow): RecordingRecord {
  return {
    id: row.id,
    targetKey: row.target_key,
    round: row.round,
    outcome: recordedOutcomeSchema.parse(JSON.parse(row.outcome)),
    recordedBy: row.recorded_by,
    recordedAt: row.recorded_at,
    revertedBy: row.reverted_by,
    revertedAt: row.reverted_at,
  };
}

/** The SQLite half of the store that holds rating sessions (tables `rating_*`). */
export function sqliteSessionStore(db: Database): SessionStore {
  const q = {
    insertSession: db.prepare(
      `INSERT INTO rating_sessions (id, workspace_id, title, status, round, anonymous, admission, lock, rule,
         facilitator_takes_part, duration_sec, targets, created_at)
       VALUES (@id, @workspaceId, @title, @status, @round, @anonymous, @admission, @lock, @rule,
         @facilitatorTakesPart, @durationSec, @targets, @createdAt)`,
    ),
    session: db.prepare<[string, string], SessionRow>(
      "SELECT * FROM rating_sessions WHERE workspace_id = ? AND id = ?",
    ),
    sessions: db.prepare<[string], SessionRow>(
      "SELECT * FROM rating_sessions WHERE workspace_id = ? ORDER BY created_at DESC, rowid DESC",
    ),
    insertRound: db.prepare<[string, number, number, number | null]>(
      "INSERT INTO rating_rounds (session_id, round, opened_at, deadline) VALUES (?, ?, ?, ?)",
    ),
    insertTarget: db.prepare<[string, number, string, number]>(
      "INSERT INTO rating_round_targets (session_id, round, target_key, position) VALUES (?, ?, ?, ?)",
    ),
    insertEligible: db.prepare<[string, number, string, number]>(
      "INSERT OR IGNORE INTO rating_eligible (session_id, round, participant_id, admitted_at) VALUES (?, ?, ?, ?)",
    ),
    rounds: db.prepare<
      [string],
      { round: number; opened_at: number; deadline: number | null; closed_at: number | null }
    >("SELECT round, opened_at, deadline, closed_at FROM rating_rounds WHERE session_id = ? ORDER BY round"),
    targets: db.prepare<[string, number], { target_key: string; dropped_at: number | null }>(
      "SELECT target_key, dropped_at FROM rating_round_targets WHERE session_id = ? AND round = ? ORDER BY position",
    ),
    eligible: db.prepare<[string, number], { participant_id: string }>(
      "SELECT participant_id FROM rating_eligible WHERE session_id = ? AND round = ? ORDER BY admitted_at, participant_id",
    ),
    exclusions: db.prepare<[string], { participant_id: string }>(
      "SELECT participant_id FROM rating_exclusions WHERE session_id = ? ORDER BY excluded_at",
    ),
    exclude: db.prepare<[string, string, number]>(
      "INSERT OR IGNORE INTO rating_exclusions (session_id, participant_id, excluded_at) VALUES (?, ?, ?)",
    ),
    readmit: db.prepare<[string, string]>("DELETE FROM rating_exclusions WHERE session_id = ? AND participant_id = ?"),
    // Written only while the round is open, in the same statement: an answer racing a close loses.
    putAnswer: db.prepare(
      `INSERT INTO rating_answers (session_id, round, target_key, participant_id, value, reason, answered_at)
       SELECT @sessionId, @round, @targetKey, @participantId, @value, @reason, @answeredAt
       WHERE EXISTS (SELECT 1 FROM rating_rounds WHERE session_id = @sessionId AND round = @round AND closed_at IS NULL)
       ON CONFLICT (session_id, round, target_key, participant_id)
       DO UPDATE SET value = excluded.value, reason = excluded.reason, answered_at = excluded.answered_at`,
    ),
    answers: db.prepare<[string], AnswerRow>(
      "SELECT * FROM rating_answers WHERE session_id = ? ORDER BY round, answered_at, participant_id",
    ),
    roundAnswers: db.prepare<[string, number], AnswerRow>(
      "SELECT * FROM rating_answers WHERE session_id = ? AND round = ? ORDER BY answered_at, participant_id",
    ),
    close: db.prepare<[number, string, number]>(
      "UPDATE rating_rounds SET closed_at = ? WHERE session_id = ? AND round = ? AND closed_at IS NULL",
    ),
    status: db.prepare<[string, string]>("UPDATE rating_sessions SET status = ? WHERE id = ?"),
    advance: db.prepare<[number, string]>("UPDATE rating_sessions SET round = ?, status = 'open' WHERE id = ?"),
    deadline: db.prepare<[number | null, string, number]>(
      "UPDATE rating_rounds SET deadline = ? WHERE session_id = ? AND round = ?",
    ),
    drop: db.prepare<[number, string, number, string]>(
      "UPDATE rating_round_targets SET dropped_at = ? WHERE session_id = ? AND round = ? AND target_key = ? AND dropped_at IS NULL",
    ),
    insertRecording: db.prepare<[string, string, number, string, string, number]>(
      `INSERT INTO rating_recordings (session_id, target_key, round, outcome, recorded_by, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    revert: db.prepare<[string, number, string, string]>(
      `UPDATE rating_recordings SET reverted_by = ?, reverted_at = ?
       WHERE session_id = ? AND target_key = ? AND reverted_at IS NULL`,
    ),
    recordings: db.prepare<[string], RecordingRow>(
      "SELECT * FROM rating_recordings WHERE session_id = ? ORDER BY recorded_at, id",
    ),
    pending: db.prepare<[], { workspace_id: string; session_id: string; round: number; deadline: number }>(
      `SELECT s.workspace_id, r.session_id, r.round, r.deadline FROM rating_rounds r
       JOIN rating_sessions s ON s.id = r.session_id
       WHERE r.closed_at IS NULL AND r.deadline IS NOT NULL`,
    ),
  };

  const addRound = (sessionId: string, next: NewRound) => {
    q.insertRound.run(sessionId, next.round, next.openedAt, next.deadline);
    next.targets.forEach((key, position) => q.insertTarget.run(sessionId, next.round, key, position));
    for (const participantId of next.eligible)
      q.insertEligible.run(sessionId, next.round, participantId, next.openedAt);
  };
  const createSession = db.transaction((session: SessionRecord, first: NewRound) => {
    q.insertSession.run({
      ...session,
      anonymous: session.anonymous ? 1 : 0,
      lock: session.lock ? 1 : 0,
      facilitatorTakesPart: session.facilitatorTakesPart ? 1 : 0,
      rule: JSON.stringify(session.rule),
      targets: JSON.stringify(session.targets),
    });
    addRound(session.id, first);
  });
  const openRound = db.transaction((sessionId: string, next: NewRound) => {
    addRound(sessionId, next);
    q.advance.run(next.round, sessionId);
  });
  const closeRound = db.transaction((sessionId: string, round: number, closedAt: number, status: SessionStatus) => {
    const closed = q.close.run(closedAt, sessionId, round).changes > 0;
    q.status.run(status, sessionId);
    return closed;
  });
  const dropTargets = db.transaction((sessionId: string, round: number, keys: string[], at: number) => {
    for (const key of keys) q.drop.run(at, sessionId, round, key);
  });

  return {
    async createSession(session, first) {
      createSession(session, first);
    },
    async getSession(workspaceId, sessionId) {
      const row = q.session.get(workspaceId, sessionId);
      return row && toSession(row);
    },
    async listSessions(workspaceId) {
      return q.sessions.all(workspaceId).map(toSession);
    },
    async listRounds(sessionId) {
      return q.rounds
        .all(sessionId)
        .map((row) => ({ round: row.round, openedAt: row.opened_at, deadline: row.deadline, closedAt: row.closed_at }));
    },
    async roundTargets(sessionId, round) {
      return q.targets.all(sessionId, round).map((row) => ({ key: row.target_key, droppedAt: row.dropped_at }));
    },
    async eligible(sessionId, round) {
      return q.eligible.all(sessionId, round).map((row) => row.participant_id);
    },
    async exclusions(sessionId) {
      return q.exclusions.all(sessionId).map((row) => row.participant_id);
    },
    async addEligible(sessionId, round, participantId, at) {
      q.insertEligible.run(sessionId, round, participantId, at);
    },
    async setExcluded(sessionId, participantId, excluded, at) {
      if (excluded) q.exclude.run(sessionId, participantId, at);
      else q.readmit.run(sessionId, participantId);
    },
    async putAnswer(sessionId, answer) {
      const { changes } = q.putAnswer.run({ ...answer, sessionId, value: JSON.stringify(answer.value) });
      return changes > 0;
    },
    async answers(sessionId, round) {
      const rows = round === undefined ? q.answers.all(sessionId) : q.roundAnswers.all(sessionId, round);
      return rows.map(toAnswer);
    },
    async closeRound(sessionId, round, closedAt, status) {
      return closeRound(sessionId, round, closedAt, status);
    },
    async openRound(sessionId, next) {
      openRound(sessionId, next);
    },
    async setStatus(sessionId, status) {
      q.status.run(status, sessionId);
    },
    async setDeadline(sessionId, round, deadline) {
      q.deadline.run(deadline, sessionId, round);
    },
    async dropTargets(sessionId, round, keys, at) {
      dropTargets(sessionId, round, keys, at);
    },
    async addRecording(sessionId, recording) {
      const { targetKey, round, outcome, recordedBy, recordedAt } = recording;
      q.insertRecording.run(sessionId, targetKey, round, JSON.stringify(outcome), recordedBy, recordedAt);
    },
    async markReverted(sessionId, targetKey, by, at) {
      q.revert.run(by, at, sessionId, targetKey);
    },
    async listRecordings(sessionId) {
      return q.recordings.all(sessionId).map(toRecording);
    },
    async pendingDeadlines() {
      return q.pending.all().map((row) => ({
        workspaceId: row.workspace_id,
        sessionId: row.session_id,
        round: row.round,
        deadline: row.deadline,
      }));
    },
  };
}
