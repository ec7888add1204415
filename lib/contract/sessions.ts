import * as z from "zod/mini";
import { idSchema } from "./ids";

/**
 * Live rating sessions: the HTTP bodies under `/api/workspaces/:id/sessions` and the
 * server-owned session state published in the workspace document. docs/api.md describes the
 * routes and docs/sessions.md the statistics.
 */

/** The matrix's 3-level scale, highest first (as the matrix shows it). */
export const SESSION_LEVELS = ["high", "medium", "low"] as const;
export type SessionLevel = (typeof SESSION_LEVELS)[number];
export const THREAT_TARGET_FIELDS = ["likelihood", "impact"] as const;
export type ThreatTargetField = (typeof THREAT_TARGET_FIELDS)[number];
export const SCORE_SCALE = [1, 2, 3, 4, 5] as const;
export const ABSTAIN = "abstain";
export const REASON_MAX_LENGTH = 280;
export const SESSION_TITLE_MAX_LENGTH = 200;
export const MAX_SESSION_TARGETS = 200;
export const MIN_DURATION_SEC = 10;
export const MAX_DURATION_SEC = 7 * 24 * 3600;

export const cellTargetSchema = z.object({ kind: z.literal("cell"), areaId: idSchema, optionId: idSchema });
export const threatTargetSchema = z.object({
  kind: z.literal("threat"),
  threatId: idSchema,
  field: z.enum(THREAT_TARGET_FIELDS),
});
export const sessionTargetSchema = z.discriminatedUnion("kind", [cellTargetSchema, threatTargetSchema]);
export type SessionTarget = z.infer<typeof sessionTargetSchema>;

/** One stable string per target: `cell:<areaId>|<optionId>` or `threat:<threatId>:<field>`. */
export function targetKey(target: SessionTarget): string {
  return target.kind === "cell"
    ? `cell:${target.areaId}|${target.optionId}`
    : `threat:${target.threatId}:${target.field}`;
}

export function parseTargetKey(key: string): SessionTarget | undefined {
  const cell = /^cell:([A-Za-z0-9_-]{1,64})\|([A-Za-z0-9_-]{1,64})$/.exec(key);
  if (cell) return { kind: "cell", areaId: cell[1] ?? "", optionId: cell[2] ?? "" };
  const threat = /^threat:([A-Za-z0-9_-]{1,64}):(likelihood|impact)$/.exec(key);
  if (threat) return { kind: "threat", threatId: threat[1] ?? "", field: threat[2] as ThreatTargetField };
  return undefined;
}

/** Cells are rated High/Medium/Low; a threat's likelihood and impact 1–5. */
export type TargetScale = "level" | "score";
export function targetScale(target: SessionTarget): TargetScale {
  return target.kind === "cell" ? "level" : "score";
}

export const levelValueSchema = z.enum(SESSION_LEVELS);
export const scoreValueSchema = z.int().check(z.gte(1), z.lte(5));
/** A rated value: a level for cells, 1–5 for threats. */
export const ratedValueSchema = z.union([levelValueSchema, scoreValueSchema]);
export type RatedValue = z.infer<typeof ratedValueSchema>;
/** An answer: a rated value or "abstain" (answered, with no judgement; left out of the statistics). */
export const answerValueSchema = z.union([levelValueSchema, scoreValueSchema, z.literal(ABSTAIN)]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/**
 * When a target is flagged. `levelShare`: agreement on the 3-level scale when at least this
 * share of answers is in one level. `iqrMax`: agreement on the 1–5 scale when the IQR is at
 * most this. `splitShare`: split when both ends of the scale hold at least this share each.
 * `minAnswers`: no flag below this many (non-abstaining) answers.
 */
export const agreementRuleSchema = z.object({
  levelShare: z.number().check(z.gte(0.5), z.lte(1)),
  iqrMax: z.number().check(z.gte(0), z.lte(4)),
  splitShare: z.number().check(z.gt(0), z.lte(0.5)),
  minAnswers: z.int().check(z.gte(1), z.lte(1000)),
});
export type AgreementRule = z.infer<typeof agreementRuleSchema>;
export const DEFAULT_AGREEMENT_RULE: AgreementRule = { levelShare: 0.7, iqrMax: 1, splitShare: 0.25, minAnswers: 3 };

export const SESSION_STATUSES = ["open", "closed", "finished"] as const;
/** open: a round takes answers; closed: the round's results are revealed; finished: no more rounds. */
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const ADMISSIONS = ["bound", "open"] as const;
export type Admission = (typeof ADMISSIONS)[number];
export const TARGET_SETS = ["matrix", "threats", "all"] as const;

const durationSchema = z.nullable(z.int().check(z.gte(MIN_DURATION_SEC), z.lte(MAX_DURATION_SEC)));
const targetsSchema = z.array(sessionTargetSchema).check(z.minLength(1), z.maxLength(MAX_SESSION_TARGETS));

/** Body of `POST /api/workspaces/:id/sessions`. */
export const createSessionBodySchema = z.object({
  title: z.optional(z.string().check(z.trim(), z.maxLength(SESSION_TITLE_MAX_LENGTH))),
  targets: z.union([z.enum(TARGET_SETS), targetsSchema]),
  anonymous: z.optional(z.boolean()),
  durationSec: z.optional(durationSchema),
  admission: z.optional(z.enum(ADMISSIONS)),
  lock: z.optional(z.boolean()),
  rule: z.optional(z.partial(agreementRuleSchema)),
  /** Whether the facilitator answers too (default false: the facilitator only runs the session). */
  facilitatorTakesPart: z.optional(z.boolean()),
});
export type CreateSessionBody = z.infer<typeof createSessionBodySchema>;

/** Body of `PUT .../sessions/:sessionId/answers`. */
export const answerBodySchema = z.object({
  target: sessionTargetSchema,
  value: answerValueSchema,
  reason: z.optional(z.string().check(z.trim(), z.maxLength(REASON_MAX_LENGTH))),
});
export type AnswerBody = z.infer<typeof answerBodySchema>;

/** Body of `POST .../sessions/:sessionId/rounds`. */
export const newRoundBodySchema = z.object({
  targets: z.optional(z.union([z.literal("disagreed"), targetsSchema])),
  durationSec: z.optional(durationSchema),
});
export type NewRoundBody = z.infer<typeof newRoundBodySchema>;

/** Body of `POST .../sessions/:sessionId/record`; `value` defaults to the median. */
export const recordBodySchema = z.object({
  outcomes: z
    .array(z.object({ target: sessionTargetSchema, value: z.optional(ratedValueSchema) }))
    .check(z.minLength(1), z.maxLength(MAX_SESSION_TARGETS)),
});
export type RecordBody = z.infer<typeof recordBodySchema>;

/** Body of `POST .../sessions/:sessionId/revert`: takes a recording back. */
export const revertBodySchema = z.object({ target: sessionTargetSchema });

/** Body of `POST .../sessions/:sessionId/extend`: moves the open round's deadline later. */
export const extendBodySchema = z.object({ seconds: z.int().check(z.gte(MIN_DURATION_SEC), z.lte(MAX_DURATION_SEC)) });

/** One reason as revealed; `name` only in a named session, and never to viewers. */
export const revealedReasonSchema = z.object({
  value: ratedValueSchema,
  reason: z.string(),
  name: z.optional(z.string()),
});

/**
 * Statistics of one target in one closed round. Positions are ranks on the target's scale
 * (levels: low 1, medium 2, high 3; scores: the score), so a median of 2.5 lies between two levels.
 */
export const targetResultSchema = z.object({
  /** Answers given, abstentions included. */
  answered: z.int(),
  abstentions: z.int(),
  /** Answers in the statistics (abstentions excluded). */
  n: z.int(),
  /** Count per value: keys "high" | "medium" | "low" or "1".."5". */
  counts: z.record(z.string(), z.int()),
  median: z.nullable(z.number()),
  q1: z.nullable(z.number()),
  q3: z.nullable(z.number()),
  iqr: z.nullable(z.number()),
  modal: z.nullable(ratedValueSchema),
  modalShare: z.nullable(z.number()),
  flag: z.nullable(z.enum(["agreement", "split"])),
  reasons: z.array(revealedReasonSchema),
});
export type TargetResult = z.infer<typeof targetResultSchema>;

export const ownAnswerSchema = z.object({ value: answerValueSchema, reason: z.optional(z.string()) });

export const sessionTargetViewSchema = z.object({
  target: sessionTargetSchema,
  key: z.string(),
  answered: z.int(),
  eligible: z.int(),
  /** The caller's own answer in the current round. */
  mine: z.optional(ownAnswerSchema),
  /** The current round's results, once it is closed. */
  results: z.optional(targetResultSchema),
  /** The previous round's results (the feedback shown while answering anew). */
  previous: z.optional(targetResultSchema),
  /** Set when the target's option, area or threat was removed: its answers stay in the history. */
  dropped: z.optional(z.boolean()),
});

/** Who takes part, as the facilitator sees it (never what they answered). */
export const sessionParticipantSchema = z.object({
  id: z.string(),
  name: z.string(),
  linkLabel: z.string(),
  /** Targets of the current round this person has answered. */
  answered: z.int(),
  excluded: z.boolean(),
});

export const sessionRoundSchema = z.object({
  round: z.int(),
  openedAt: z.number(),
  closedAt: z.nullable(z.number()),
  results: z.array(z.object({ key: z.string(), target: sessionTargetSchema, results: targetResultSchema })),
});

/** One recording of an outcome in a session's history. */
export const sessionRecordingSchema = z.object({
  key: z.string(),
  target: sessionTargetSchema,
  round: z.int(),
  value: ratedValueSchema,
  previous: z.nullable(ratedValueSchema),
  /** The facilitator's name. */
  recordedBy: z.string(),
  recordedAt: z.number(),
  /** When it was reverted; null while it stands. */
  revertedAt: z.nullable(z.number()),
});

/** `200` of `GET .../sessions/:sessionId`. */
export const sessionDetailSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  round: z.int(),
  /** Milliseconds since the epoch (server time); null without a timer. */
  deadline: z.nullable(z.number()),
  anonymous: z.boolean(),
  admission: z.enum(ADMISSIONS),
  lock: z.boolean(),
  rule: agreementRuleSchema,
  facilitatorTakesPart: z.boolean(),
  createdAt: z.number(),
  /** Whether the caller may answer in the current round. */
  canAnswer: z.boolean(),
  participants: z.object({
    count: z.int(),
    /** Facilitator only. */
    list: z.optional(z.array(sessionParticipantSchema)),
  }),
  /** Participants who answered every target of the current round, of `participants.count`. */
  complete: z.int(),
  targets: z.array(sessionTargetViewSchema),
  /** Closed rounds, oldest first. */
  history: z.array(sessionRoundSchema),
  /** Every outcome this session recorded, oldest first, reverted ones included (marked). */
  recordings: z.optional(z.array(sessionRecordingSchema)),
});
export type SessionDetail = z.infer<typeof sessionDetailSchema>;

/** `201` of `POST .../sessions` and `POST .../rounds`. */
export const openedRoundSchema = z.object({ id: z.string(), round: z.int(), status: z.literal("open") });

/** `200` of `GET .../sessions`, newest first. */
export const sessionListSchema = z.object({
  sessions: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      status: z.enum(SESSION_STATUSES),
      round: z.int(),
      createdAt: z.number(),
      targetCount: z.int(),
    }),
  ),
});

/**
 * Server-owned: what every client (viewers included) sees of a session, under the document
 * root `sessions`, one entry per session id. Never holds an answer before close, nor who
 * answered what, nor who has not answered.
 */
export const publishedSessionSchema = z.object({
  id: z.string(),
  title: z.string(),
  status: z.enum(SESSION_STATUSES),
  round: z.int(),
  deadline: z.nullable(z.number()),
  anonymous: z.boolean(),
  lock: z.boolean(),
  /** Target keys of the current round. */
  targets: z.array(z.string()),
  eligible: z.int(),
  /** Answer count per target key of the current round. */
  answered: z.record(z.string(), z.int()),
  complete: z.int(),
  /** Per target key, once the round closed; reasons carry no names. */
  results: z.optional(z.record(z.string(), targetResultSchema)),
  updatedAt: z.number(),
});
export type PublishedSession = z.infer<typeof publishedSessionSchema>;

/**
 * Server-owned: a recorded outcome, under the document root `outcomes`, keyed by target key.
 * Removed when the facilitator reverts it; the session's history keeps every recording.
 */
export const recordedOutcomeSchema = z.object({
  sessionId: z.string(),
  sessionTitle: z.string(),
  round: z.int(),
  value: ratedValueSchema,
  /** The value before the recording (restored on revert). */
  previous: z.nullable(ratedValueSchema),
  n: z.int(),
  eligible: z.int(),
  counts: z.record(z.string(), z.int()),
  modalShare: z.nullable(z.number()),
  flag: z.nullable(z.enum(["agreement", "split"])),
  /** Reasons of those who answered otherwise than the recorded value (no names). */
  dissent: z.array(z.object({ value: ratedValueSchema, reason: z.string() })),
  recordedAt: z.number(),
  recordedBy: z.string(),
});
export type RecordedOutcome = z.infer<typeof recordedOutcomeSchema>;
