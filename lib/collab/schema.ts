import * as z from "../zod";
import { LEVELS, SCORE_MAX, SCORE_MIN, THREAT_CATEGORIES, THREAT_TRENDS } from "../domain/scales";
import { DEFAULT_WEIGHT, WEIGHT_MAX, WEIGHT_MIN } from "../domain/scoring";
import { hasControlOrInvisible, hasVisibleCharacter } from "../domain/visible-text";

/**
 * The shape of every record in the workspace document. The document is shared with other
 * clients, any of which may misbehave, so every read goes through these validators.
 */
export const SCHEMA_VERSION = 4;

export const TEMPLATES = ["rand-mexico-2009", "blank"] as const;
export type TemplateId = (typeof TEMPLATES)[number];

export const TEMPLATE_TITLES: Record<TemplateId, string> = {
  "rand-mexico-2009": "Security in Mexico: U.S. policy options (RAND, 2009)",
  blank: "Blank workspace",
};

/** Limits of every text and number a person can enter; docs/schema.md lists them. */
export const LIMITS = {
  titleLength: 200,
  displayNameLength: 60,
  nameLength: 200,
  descriptionLength: 2000,
  rationaleLength: 2000,
  actorLength: 200,
  actorCount: 50,
  ownerLength: 100,
  notesLength: 5000,
  sourceLength: 1000,
  sourceCount: 50,
  commentLength: 4000,
  threadTitleLength: 200,
  commentsPerThread: 500,
  weightMin: WEIGHT_MIN,
  weightMax: WEIGHT_MAX,
  defaultWeight: DEFAULT_WEIGHT,
  /** Encoded size of a whole workspace document; the server refuses writes past it. */
  maxDocumentBytes: 8 * 1024 * 1024,
  /** Encoded size of one update; the page refuses a bigger edit before sending it. */
  maxUpdateBytes: 1024 * 1024,
} as const;

/** The size bounds the page and the server share (the server's defaults use the same numbers). */
export const DOCUMENT_LIMITS = {
  maxDocumentBytes: LIMITS.maxDocumentBytes,
  maxUpdateBytes: LIMITS.maxUpdateBytes,
} as const;

export const idSchema = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const authorshipSchema = z.object({
  /** Participant id the server issued to the person who made the change. */
  by: z.string().check(z.maxLength(64)),
  byName: z.string().check(z.maxLength(80)),
  /** Milliseconds since the epoch, from the author's clock. */
  at: z.number(),
});

export const ratingSchema = z.extend(z.partial(authorshipSchema), {
  level: z.nullable(z.enum(LEVELS)),
});

export const nameSchema = z.string().check(
  z.trim(),
  z.minLength(1, "Enter a name."),
  z.maxLength(LIMITS.nameLength, `Keep the name to ${LIMITS.nameLength} characters.`),
  // Names are shown to everyone: nothing that hides, reorders or reads differently from what is shown.
  z.refine(
    (name) => !hasControlOrInvisible(name),
    "Remove line breaks, tabs and invisible or text-direction characters from the name.",
  ),
  z.refine(hasVisibleCharacter, "Enter a name with at least one letter, digit or symbol."),
);

export const descriptionSchema = z
  .string()
  .check(z.maxLength(LIMITS.descriptionLength, `Keep this to ${LIMITS.descriptionLength} characters.`));

/** Display order: records sort by `position`, then id, so concurrent moves never duplicate a record. */
const positionSchema = z.number();

export const optionSchema = z.object({
  id: idSchema,
  name: nameSchema,
  description: descriptionSchema,
  mexicanResponse: descriptionSchema,
  position: positionSchema,
});

export const areaSchema = z.object({
  id: idSchema,
  name: nameSchema,
  description: descriptionSchema,
  position: positionSchema,
});

export const weightSchema = z
  .number()
  .check(
    z.gte(LIMITS.weightMin, `A weight is at least ${LIMITS.weightMin}.`),
    z.lte(LIMITS.weightMax, `A weight is at most ${LIMITS.weightMax}.`),
  );

export const weightEntrySchema = z.extend(z.partial(authorshipSchema), { weight: weightSchema });

export const scoreSchema = z.nullable(
  z
    .int("Use a whole number from 1 to 5.")
    .check(z.gte(SCORE_MIN, "Use a whole number from 1 to 5."), z.lte(SCORE_MAX, "Use a whole number from 1 to 5.")),
);

/** A calendar date, YYYY-MM-DD. */
export const dateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2009-06-30."),
  z.refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "This date does not exist.",
  ),
);

/** One entry of a list (an actor, a source): trimmed, not empty, at most `limit` characters. */
function entrySchema(limit: number, message: string) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(limit, message));
}

export const threatFieldsSchema = z.object({
  name: nameSchema,
  /** What the threat is and where its rating comes from (e.g. the brief, or the data set's judgement). */
  description: descriptionSchema,
  category: z.enum(THREAT_CATEGORIES),
  trend: z.enum(THREAT_TRENDS),
  likelihood: scoreSchema,
  impact: scoreSchema,
  actors: z
    .array(entrySchema(LIMITS.actorLength, `Keep each actor to ${LIMITS.actorLength} characters.`))
    .check(z.maxLength(LIMITS.actorCount, `List at most ${LIMITS.actorCount} actors.`)),
  owner: z
    .string()
    .check(z.trim(), z.maxLength(LIMITS.ownerLength, `Keep the owner to ${LIMITS.ownerLength} characters.`)),
  nextReview: z.nullable(dateSchema),
  sources: z
    .array(entrySchema(LIMITS.sourceLength, `Keep each source to ${LIMITS.sourceLength} characters.`))
    .check(z.maxLength(LIMITS.sourceCount, `List at most ${LIMITS.sourceCount} sources.`)),
});

export const threatSchema = z.extend(threatFieldsSchema, {
  id: idSchema,
  /** Collaborative text (Y.Text in the document). */
  notes: z.string().check(z.maxLength(LIMITS.notesLength)),
  /** Priority areas of the matrix the threat bears on. */
  areaIds: z.array(idSchema),
  updatedBy: z.optional(authorshipSchema),
});

export const metaSchema = z.object({
  schemaVersion: z.int().check(z.gte(0)),
  title: z.string().check(z.minLength(1), z.maxLength(LIMITS.titleLength)),
  template: z.enum(TEMPLATES),
  createdAt: z.number(),
});

export type Authorship = z.infer<typeof authorshipSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type MatrixOption = z.infer<typeof optionSchema>;
export type PriorityArea = z.infer<typeof areaSchema>;
export type WeightEntry = z.infer<typeof weightEntrySchema>;
export type ThreatFields = z.infer<typeof threatFieldsSchema>;
export type Threat = z.infer<typeof threatSchema>;
export type WorkspaceMeta = z.infer<typeof metaSchema>;
