import { z } from "zod";
import { LEVELS, SCORE_MAX, SCORE_MIN, THREAT_CATEGORIES, THREAT_TRENDS } from "../domain/scales";
import { DEFAULT_WEIGHT, WEIGHT_MAX, WEIGHT_MIN } from "../domain/scoring";

/**
 * The shape of every record in the workspace document. The document is shared with other
 * clients, any of which may misbehave, so every read goes through these validators.
 */
export const SCHEMA_VERSION = 2;

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
} as const;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const authorshipSchema = z.object({
  /** Participant id the server issued to the person who made the change. */
  by: z.string().max(64),
  byName: z.string().max(80),
  /** Milliseconds since the epoch, from the author's clock. */
  at: z.number().finite(),
});

export const ratingSchema = authorshipSchema.partial().extend({
  level: z.enum(LEVELS).nullable(),
});

export const nameSchema = z
  .string()
  .trim()
  .min(1, "Enter a name.")
  .max(LIMITS.nameLength, `Keep the name to ${LIMITS.nameLength} characters.`);

export const descriptionSchema = z
  .string()
  .max(LIMITS.descriptionLength, `Keep this to ${LIMITS.descriptionLength} characters.`);

/** Display order: records sort by `position`, then id, so concurrent moves never duplicate a record. */
const positionSchema = z.number().finite();

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
  .finite()
  .min(LIMITS.weightMin, `A weight is at least ${LIMITS.weightMin}.`)
  .max(LIMITS.weightMax, `A weight is at most ${LIMITS.weightMax}.`);

export const weightEntrySchema = authorshipSchema.partial().extend({ weight: weightSchema });

export const scoreSchema = z
  .number()
  .int("Use a whole number from 1 to 5.")
  .min(SCORE_MIN, "Use a whole number from 1 to 5.")
  .max(SCORE_MAX, "Use a whole number from 1 to 5.")
  .nullable();

/** A calendar date, YYYY-MM-DD. */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Use a date like 2009-06-30.")
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
    "This date does not exist.",
  );

export const threatFieldsSchema = z.object({
  name: nameSchema,
  category: z.enum(THREAT_CATEGORIES),
  trend: z.enum(THREAT_TRENDS),
  likelihood: scoreSchema,
  impact: scoreSchema,
  actors: z
    .array(z.string().trim().min(1).max(LIMITS.actorLength, `Keep each actor to ${LIMITS.actorLength} characters.`))
    .max(LIMITS.actorCount, `List at most ${LIMITS.actorCount} actors.`),
  owner: z.string().trim().max(LIMITS.ownerLength, `Keep the owner to ${LIMITS.ownerLength} characters.`),
  nextReview: dateSchema.nullable(),
  sources: z
    .array(z.string().trim().min(1).max(LIMITS.sourceLength, `Keep each source to ${LIMITS.sourceLength} characters.`))
    .max(LIMITS.sourceCount, `List at most ${LIMITS.sourceCount} sources.`),
});

export const threatSchema = threatFieldsSchema.extend({
  id: idSchema,
  /** Collaborative text (Y.Text in the document). */
  notes: z.string().max(LIMITS.notesLength),
  /** Priority areas of the matrix the threat bears on. */
  areaIds: z.array(idSchema),
  updatedBy: authorshipSchema.optional(),
});

export const metaSchema = z.object({
  schemaVersion: z.number().int().min(0),
  title: z.string().min(1).max(LIMITS.titleLength),
  template: z.enum(TEMPLATES),
  createdAt: z.number().finite(),
});

export type Authorship = z.infer<typeof authorshipSchema>;
export type Rating = z.infer<typeof ratingSchema>;
export type MatrixOption = z.infer<typeof optionSchema>;
export type PriorityArea = z.infer<typeof areaSchema>;
export type WeightEntry = z.infer<typeof weightEntrySchema>;
export type ThreatFields = z.infer<typeof threatFieldsSchema>;
export type Threat = z.infer<typeof threatSchema>;
export type WorkspaceMeta = z.infer<typeof metaSchema>;
