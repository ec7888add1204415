import type {
  Admission,
  AgreementRule,
  AnswerValue,
  RecordedOutcome,
  SessionStatus,
} from "../../lib/contract/sessions";

/** A rating session as stored; `targets` are the target keys it was started on. */
export interface SessionRecord {
  id: string;
  workspaceId: string;
  title: string;
  status: SessionStatus;
  round: number;
  anonymous: boolean;
  admission: Admission;
  lock: boolean;
  rule: AgreementRule;
  facilitatorTakesPart: boolean;
  /** The timer each round gets unless the facilitator sets another (null: none). */
  durationSec: number | null;
  targets: string[];
  createdAt: number;
}

export interface RoundRecord {
  round: number;
  openedAt: number;
  deadline: number | null;
  closedAt: number | null;
}

export interface RoundTargetRecord {
  key: string;
  /** When its option, area or threat was removed; its answers stay. */
  droppedAt: number | null;
}

export interface AnswerRecord {
  round: number;
  targetKey: string;
  participantId: string;
  value: AnswerValue;
  reason: string | null;
  answeredAt: number;
}

export interface RecordingRecord {
  id: number;
  targetKey: string;
  round: number;
  outcome: RecordedOutcome;
  recordedBy: string;
  recordedAt: number;
  revertedBy: string | null;
  revertedAt: number | null;
}

export interface NewRound {
  round: number;
  openedAt: number;
  deadline: number | null;
  targets: string[];
  eligible: string[];
}

/** An open round with a timer, wherever it is (the timers are scheduled from these at start). */
export interface PendingDeadline {
  workspaceId: string;
  sessionId: string;
  round: number;
  deadline: number;
}

/** Persistence of live rating sessions (server/sessions); one SQLite adapter implements it. */
export interface SessionStore {
  /** Stores the session and opens its first round. */
  createSession(session: SessionRecord, first: NewRound): Promise<void>;
  getSession(workspaceId: string, sessionId: string): Promise<SessionRecord | undefined>;
  /** Newest first. */
  listSessions(workspaceId: string): Promise<SessionRecord[]>;
  listRounds(sessionId: string): Promise<RoundRecord[]>;
  roundTargets(sessionId: string, round: number): Promise<RoundTargetRecord[]>;
  eligible(sessionId: string, round: number): Promise<string[]>;
  exclusions(sessionId: string): Promise<string[]>;
  addEligible(sessionId: string, round: number, participantId: string, at: number): Promise<void>;
  setExcluded(sessionId: string, participantId: string, excluded: boolean, at: number): Promise<void>;
  /**
   * Stores (or replaces) one participant's answer, only while the round is open; false when
   * the round is closed.
   */
  putAnswer(sessionId: string, answer: AnswerRecord): Promise<boolean>;
  /** Every answer of a round (all rounds when `round` is omitted). */
  answers(sessionId: string, round?: number): Promise<AnswerRecord[]>;
  /** Closes the round (if still open) and sets the session's status; false if it was closed already. */
  closeRound(sessionId: string, round: number, closedAt: number, status: SessionStatus): Promise<boolean>;
  openRound(sessionId: string, next: NewRound): Promise<void>;
  setStatus(sessionId: string, status: SessionStatus): Promise<void>;
  setDeadline(sessionId: string, round: number, deadline: number | null): Promise<void>;
  dropTargets(sessionId: string, round: number, keys: string[], at: number): Promise<void>;
  addRecording(sessionId: string, recording: Omit<RecordingRecord, "id" | "revertedBy" | "revertedAt">): Promise<void>;
  markReverted(sessionId: string, targetKey: string, by: string, at: number): Promise<void>;
  listRecordings(sessionId: string): Promise<RecordingRecord[]>;
  pendingDeadlines(): Promise<PendingDeadline[]>;
}
