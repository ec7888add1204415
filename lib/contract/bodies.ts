import * as z from "zod/mini";
import { ROLES, type Role } from "./roles";

const byRole = z.object(Object.fromEntries(ROLES.map((role) => [role, z.string()])) as Record<Role, z.ZodMiniString>);

/** `201` answer of `POST /api/workspaces`. */
export const createdWorkspaceSchema = z.object({ id: z.string(), tokens: byRole, links: byRole });
export type CreatedWorkspace = z.infer<typeof createdWorkspaceSchema>;

/**
 * `200` answer of `GET /api/workspaces/:id`. `linkId` names the link the token belongs to;
 * `view` (viewer links only) says whether it opens the full dashboard or the summary.
 */
export const workspaceInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  role: z.enum(ROLES),
  linkId: z.optional(z.string()),
  /** What a viewer link opens: the full dashboard (the default when absent) or a one-page summary. */
  view: z.optional(z.enum(["full", "summary"])),
});
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

/** `201` answer of `POST /api/workspaces/:id/participants`. */
export const registeredParticipantSchema = z.object({
  participantId: z.string().check(z.minLength(1)),
  participantToken: z.string().check(z.minLength(1)),
});
export type RegisteredParticipant = z.infer<typeof registeredParticipantSchema>;

/** `200` answer of `GET` and `PATCH /api/workspaces/:id/participants/me`. */
export const participantInfoSchema = z.object({ participantId: z.string(), name: z.string() });
