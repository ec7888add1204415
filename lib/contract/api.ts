import * as z from "zod/mini";
import { ROLES, type Role } from "./roles";

/** Every `error.code` the HTTP API answers with; docs/api.md has the table. */
export const ERROR_CODES = [
  "invalid_json",
  "invalid_body",
  "invalid_params",
  "invalid_headers",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "invalid_csv",
  "limit_reached",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const csvProblemSchema = z.object({
  line: z.nullable(z.number()),
  column: z.nullable(z.number()),
  columnName: z.nullable(z.string()),
  message: z.string(),
});

/** The one shape of every error answer. Codes are strings so an older page reads a newer server. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.optional(z.string()),
    problems: z.optional(z.array(csvProblemSchema)),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;

const byRole = z.object(Object.fromEntries(ROLES.map((role) => [role, z.string()])) as Record<Role, z.ZodMiniString>);

/** `201` answer of `POST /api/workspaces`. */
export const createdWorkspaceSchema = z.object({ id: z.string(), tokens: byRole, links: byRole });
export type CreatedWorkspace = z.infer<typeof createdWorkspaceSchema>;

/** `200` answer of `GET /api/workspaces/:id`. */
export const workspaceInfoSchema = z.object({ id: z.string(), title: z.string(), role: z.enum(ROLES) });
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

/** `201` answer of `POST /api/workspaces/:id/participants`. */
export const registeredParticipantSchema = z.object({
  participantId: z.string().check(z.minLength(1)),
  participantToken: z.string().check(z.minLength(1)),
});
export type RegisteredParticipant = z.infer<typeof registeredParticipantSchema>;

/** `200` answer of `GET /api/workspaces/:id/participants/me`. */
export const participantInfoSchema = z.object({ participantId: z.string(), name: z.string() });
