import * as z from "zod/mini";
import { ROLES } from "./roles";

/** What a viewer link opens: the whole dashboard, or the one-page summary of the decision. */
export const LINK_VIEWS = ["full", "summary"] as const;
export type LinkView = (typeof LINK_VIEWS)[number];
export const linkViewSchema = z.enum(LINK_VIEWS);

/** Roles a facilitator can mint links for; facilitator links come from workspace creation or the operator. */
export const SHAREABLE_ROLES = ["analyst", "viewer"] as const;
export type ShareableRole = (typeof SHAREABLE_ROLES)[number];

/** Times are ms since the epoch; `null` when not set. */
const time = z.nullable(z.number());

/** Someone who joined through a link. */
export const linkParticipantSchema = z.object({ id: z.string(), name: z.string(), removedAt: time });
export type LinkParticipant = z.infer<typeof linkParticipantSchema>;

/** One link of `GET /api/workspaces/:id/links` (never its token). */
export const linkSummarySchema = z.object({
  id: z.string(),
  label: z.string(),
  role: z.enum(ROLES),
  view: linkViewSchema,
  createdAt: z.number(),
  expiresAt: time,
  lastUsedAt: time,
  revokedAt: time,
  /** Sockets open on this link right now. */
  openSockets: z.number(),
  participants: z.array(linkParticipantSchema),
});
export type LinkSummary = z.infer<typeof linkSummarySchema>;

/** `200` answer of `GET /api/workspaces/:id/links`. */
export const linkListSchema = z.object({ links: z.array(linkSummarySchema) });
export type LinkList = z.infer<typeof linkListSchema>;

/** `201` answer of `POST /api/workspaces/:id/links`: the new link, its token and the URL to send. */
export const createdLinkSchema = z.object({
  ...linkSummarySchema.shape,
  token: z.string(),
  /** The URL to send: `<PUBLIC_URL>/w/<workspaceId>#token=<token>`. */
  link: z.string(),
});
export type CreatedLink = z.infer<typeof createdLinkSchema>;

/**
 * `201` answer of `POST /api/workspaces/:id/links/:linkId/rotate` (the new token; the old one
 * is dead) and `200` answer of `GET …/links/:linkId/token` (the current one, to copy again).
 */
export const linkTokenSchema = z.object({ id: z.string(), token: z.string(), link: z.string() });
export type LinkToken = z.infer<typeof linkTokenSchema>;
