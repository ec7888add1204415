import * as z from "zod/mini";

/**
 * The collaboration socket speaks the y-websocket protocol (message types 0 sync,
 * 1 awareness, 2 auth, 3 query awareness) plus one message of Mesa's own. docs/api.md
 * describes each.
 */
export const MESSAGE = {
  sync: 0,
  awareness: 1,
  /** y-websocket's auth message; the server sends "permission denied" with a refusal. */
  auth: 2,
  queryAwareness: 3,
  /** Client → server: binds the socket to a participant (varstring participant token). */
  bindParticipant: 100,
} as const;

/** The only auth message the server sends: y-protocols' "permission denied" (0) plus a reason. */
export const AUTH_PERMISSION_DENIED = 0;

/** Query parameters of `/collab/<workspaceId>`. */
export const SOCKET_PARAMS = { token: "token", participant: "participant" } as const;

/**
 * Why the server refused part or all of what a socket sent. Sent as the reason string of a
 * permission-denied auth message, JSON-encoded.
 */
export const REFUSAL_CODES = [
  /** The socket is not bound to a participant, or its link cannot write. */
  "read_only",
  /** A value outside its schema: wrong type, out of scale, too long, missing id. */
  "invalid",
  /** A field only the server writes (schema version, title, template, …). */
  "server_owned",
  /** A part of the document that does not exist in the schema. */
  "unknown_root",
  /** A matrix cell or threat score that a blind rating round has locked until it closes. */
  "locked",
  /** An author other than the bound participant on something new. */
  "wrong_author",
  /** The document would pass its size limit. */
  "too_large",
  /** Too many updates whose earlier part never arrived. */
  "missing_history",
  /** An awareness state too large, too frequent, or for someone else's client id. */
  "awareness",
] as const;

export type RefusalCode = (typeof REFUSAL_CODES)[number];

export const refusalSchema = z.object({
  code: z.enum(REFUSAL_CODES),
  /** A sentence for the person: what was refused and what to do. */
  message: z.string(),
  /** Where in the document, e.g. `threats[3].likelihood`, when it applies. */
  path: z.optional(z.string()),
});

export type Refusal = z.infer<typeof refusalSchema>;
