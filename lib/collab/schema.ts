import { z } from "zod";
import { LEVELS, SCORE_MAX, SCORE_MIN, THREAT_CATEGORIES, THREAT_TRENDS } from "../domain/scales";

/**
 * The shape of every record in the workspace document. The document is shared with other
 * clients, any of which may misbehave, so every read goes through these validators.
 */
export const SCHEMA_VERSION = 1;

export const TEMPLATES = ["rand-mexico-2009", "blank"] as const;
export type TemplateId = (typeof TEMPLATES)[number];

export const TEMPLATE_TITLES: Record<TemplateId, string> = {
  "rand-mexico-2009": "Security in Mexico: U.S. policy options (RAND, 2009)",
  blank: "Blank workspace",
};

export const LIMITS = {
  titleLength: 200,
  displayNameLength: 60,
  nameLength: 200,
  descriptionLength: 2000,
  actorLength: 200,
  notesLength: 5000,
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

export const optionSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LIMITS.nameLength),
  description: z.string().max(LIMITS.descriptionLength),
  mexicanResponse: z.string().max(LIMITS.descriptionLength),
});

export const areaSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LIMITS.nameLength),
});

const scoreSchema = z.number().int().min(SCORE_MIN).max(SCORE_MAX).nullable();

export const threatSchema = z.object({
  id: idSchema,
  name: z.string().min(1).max(LIMITS.nameLength),
  category: z.enum(THREAT_CATEGORIES),
  trend: z.enum(THREAT_TRENDS),
  likelihood: scoreSchema,
  impact: scoreSchema,
  actors: z.array(z.string().max(LIMITS.actorLength)).max(50),
  notes: z.string().max(LIMITS.notesLength),
  sources: z.array(z.string().max(1000)).max(50),
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
export type Threat = z.infer<typeof threatSchema>;
export type WorkspaceMeta = z.infer<typeof metaSchema>;
