import { z } from "zod";
import { LIMITS, TEMPLATES } from "../../lib/collab";
import { IMPORTED_SERIES_LIMITS } from "../../lib/domain/imported-series";
import { SERIES_UNITS } from "../../lib/domain/series";
import { cleanVisibleText, hasVisibleCharacter } from "../../lib/domain/visible-text";
import { idSchema, LINK_VIEWS, SHAREABLE_ROLES } from "../../lib/contract";

export const workspaceParamsSchema = z.object({ id: idSchema });

/**
 * A title or name as readers will see it (`cleanVisibleText`: control, zero-width and bidi
 * characters removed, whitespace collapsed), refused when nothing visible is left; every
 * failure names the field.
 */
function boundedText(field: string, max: number) {
  return z
    .string({ error: `${field} must be a string of 1–${max} characters` })
    .overwrite(cleanVisibleText)
    .refine(hasVisibleCharacter, {
      error: `${field} must contain a visible character: spaces, control and invisible characters alone do not count`,
    })
    .max(max, { error: `${field} must be 1–${max} characters` });
}

export const createWorkspaceBodySchema = z.object(
  {
    title: boundedText("title", LIMITS.titleLength),
    template: z
      .enum(TEMPLATES, { error: `template must be one of: ${TEMPLATES.join(", ")}` })
      .default("rand-mexico-2009"),
  },
  { error: "the body must be a JSON object" },
);

export const renameWorkspaceBodySchema = z.object(
  { title: boundedText("title", LIMITS.titleLength) },
  { error: "the body must be a JSON object" },
);

export const registerParticipantBodySchema = z.object(
  { name: boundedText("name", LIMITS.displayNameLength) },
  { error: "the body must be a JSON object" },
);

export const participantHeadersSchema = z.object({
  "x-participant-token": z.string({ error: "send the participant token in the X-Participant-Token header" }).min(1),
});

export const seriesParamsSchema = z.object({
  id: idSchema,
  seriesId: z.string().regex(/^[a-z0-9-]{1,64}$/, { error: "must be a series id from GET /api/workspaces/:id/series" }),
});

/** Optional text: absent or blank means "not given"; otherwise trimmed and at most `max` characters. */
function optionalText(field: string, max: number) {
  return z
    .string({ error: `${field} must be a string of at most ${max} characters` })
    .trim()
    .max(max, { error: `${field} must be at most ${max} characters` })
    .optional()
    .transform((value) => (value ? value : undefined));
}

export const importSeriesBodySchema = z.object(
  {
    title: boundedText("title", IMPORTED_SERIES_LIMITS.titleLength),
    unit: z.enum(SERIES_UNITS, { error: `unit must be one of: ${SERIES_UNITS.join(", ")}` }),
    source: optionalText("source", IMPORTED_SERIES_LIMITS.sourceLength),
    description: optionalText("description", IMPORTED_SERIES_LIMITS.descriptionLength),
    // Its size and content are checked by the CSV validator, which reports every problem at once.
    csv: z.string({ error: "csv must be a string holding the CSV text" }),
  },
  { error: "the body must be a JSON object" },
);

export const LINK_LABEL_LENGTH = 80;

/** How far ahead a link may expire: past this, "no expiry" says it more honestly. */
const MAX_EXPIRY_MS = 5 * 365 * 24 * 60 * 60 * 1000;

/** `expiresAt`: an ISO 8601 time with a date and time, in the future, within five years. */
const expirySchema = z.iso
  .datetime({ offset: true, error: "expiresAt must be an ISO 8601 time such as 2027-01-31T18:00:00Z" })
  .transform((value) => Date.parse(value))
  .refine((at) => at > Date.now(), { error: "expiresAt must be in the future" })
  .refine((at) => at <= Date.now() + MAX_EXPIRY_MS, { error: "expiresAt must be within five years" });

export const createLinkBodySchema = z
  .object(
    {
      role: z.enum(SHAREABLE_ROLES, { error: `role must be one of: ${SHAREABLE_ROLES.join(", ")}` }),
      label: boundedText("label", LINK_LABEL_LENGTH),
      expiresAt: z.optional(z.nullable(expirySchema)),
      view: z.optional(z.enum(LINK_VIEWS, { error: `view must be one of: ${LINK_VIEWS.join(", ")}` })),
    },
    { error: "the body must be a JSON object" },
  )
  .refine((body) => body.view === undefined || body.role === "viewer", {
    error: "view applies to viewer links only: leave it out for an analyst link",
    path: ["view"],
  });

export const linkParamsSchema = z.object({ id: idSchema, linkId: idSchema });
export const participantParamsSchema = z.object({ id: idSchema, participantId: idSchema });
