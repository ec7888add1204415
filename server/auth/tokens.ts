import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { roleSchema, type Role } from "../../lib/contract";
import type { LinkRecord } from "../store/store";

/** HS256 key bytes derived from the app secret. */
export type TokenKey = Uint8Array;

export function tokenKey(secret: string): TokenKey {
  return new TextEncoder().encode(secret);
}

// Distinct audiences keep a participant token from ever passing as a link token and back.
const LINK_AUDIENCE = "mesa:link";
const PARTICIPANT_AUDIENCE = "mesa:participant";
const OPERATOR_AUDIENCE = "mesa:operator";
/** An operator token is minted by the operator command for one call, so it lives briefly. */
const OPERATOR_TOKEN_SECONDS = 60;
const ALGORITHM = "HS256";

export interface LinkClaims {
  wid: string;
  role: Role;
  jti: string;
  exp?: number;
}

export type AuthFailure = {
  ok: false;
  status: 401 | 403 | 404;
  code: "unauthorized" | "forbidden" | "not_found";
  message: string;
};

export type LinkVerification = { ok: true; claims: LinkClaims } | AuthFailure;

/** The store lookups verification needs; the full Store satisfies it. */
export interface LinkLookup {
  getWorkspace(id: string): Promise<unknown>;
  getLink(id: string): Promise<LinkRecord | undefined>;
}

const linkClaimsSchema = z.object({
  wid: z.string().min(1),
  role: roleSchema,
  jti: z.string().min(1),
  exp: z.number().optional(),
});

const ASK = "ask the facilitator for a new link";

export async function signLinkToken(
  key: TokenKey,
  claims: { wid: string; role: Role; jti: string; expiresAt?: number | null },
): Promise<string> {
  const jwt = new SignJWT({ wid: claims.wid, role: claims.role })
    .setProtectedHeader({ alg: ALGORITHM })
    .setJti(claims.jti)
    .setAudience(LINK_AUDIENCE)
    .setIssuedAt();
  if (claims.expiresAt != null) jwt.setExpirationTime(Math.floor(claims.expiresAt / 1000));
  return jwt.sign(key);
}

/**
 * Checks, in order: signature and expiry (401), that the workspace exists (404), that the
 * token is for this workspace (403), and that its link is still on record and not revoked
 * (401). The workspace check comes after the signature so strangers cannot probe ids.
 */
export async function verifyLinkToken(
  token: string,
  options: { key: TokenKey; workspaceId: string; lookup: LinkLookup; now?: number },
): Promise<LinkVerification> {
  const now = options.now ?? Date.now();
  let payload: unknown;
  try {
    const verified = await jwtVerify(token, options.key, {
      algorithms: [ALGORITHM],
      audience: LINK_AUDIENCE,
      currentDate: new Date(now),
    });
    payload = verified.payload;
  } catch (error) {
    if (error instanceof errors.JWTExpired) return unauthorized(`This link has expired: ${ASK}.`);
    return unauthorized(`This link's token is not valid (malformed or not signed by this server): ${ASK}.`);
  }
  const parsed = linkClaimsSchema.safeParse(payload);
  if (!parsed.success) return unauthorized(`This link's token is missing required claims: ${ASK}.`);
  const claims = parsed.data;

  if ((await options.lookup.getWorkspace(options.workspaceId)) === undefined) {
    return { ok: false, status: 404, code: "not_found", message: `Workspace ${options.workspaceId} does not exist.` };
  }
  if (claims.wid !== options.workspaceId) {
    return forbidden("This link belongs to a different workspace: open the link you were given for this one.");
  }
  const link = await options.lookup.getLink(claims.jti);
  if (link === undefined || link.workspaceId !== claims.wid) return unauthorized(`This link is not on record: ${ASK}.`);
  if (link.revokedAt !== null) return unauthorized(`This link was revoked: ${ASK}.`);
  if (link.expiresAt !== null && link.expiresAt <= now) return unauthorized(`This link has expired: ${ASK}.`);
  return { ok: true, claims };
}

export function unauthorized(message: string): AuthFailure {
  return { ok: false, status: 401, code: "unauthorized", message };
}

export function forbidden(message: string): AuthFailure {
  return { ok: false, status: 403, code: "forbidden", message };
}

export interface ParticipantClaims {
  wid: string;
  pid: string;
  lid: string;
}

const participantClaimsSchema = z.object({ wid: z.string(), pid: z.string(), lid: z.string() });

export async function signParticipantToken(key: TokenKey, claims: ParticipantClaims): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: ALGORITHM })
    .setAudience(PARTICIPANT_AUDIENCE)
    .setIssuedAt()
    .sign(key);
}

/** Returns the claims of a well-signed participant token, or undefined for anything else. */
export async function verifyParticipantToken(key: TokenKey, token: string): Promise<ParticipantClaims | undefined> {
  try {
    const { payload } = await jwtVerify(token, key, { algorithms: [ALGORITHM], audience: PARTICIPANT_AUDIENCE });
    const parsed = participantClaimsSchema.safeParse(payload);
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A token for the operator routes, minted by `mesa` from the same secret: whoever can read
 * the secret already controls the store. Its audience keeps it from ever passing as a link.
 */
export async function signOperatorToken(key: TokenKey, now = Date.now()): Promise<string> {
  const issuedAt = Math.floor(now / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: ALGORITHM })
    .setAudience(OPERATOR_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + OPERATOR_TOKEN_SECONDS)
    .sign(key);
}

/** Whether `token` is a well-signed, unexpired operator token. */
export async function verifyOperatorToken(key: TokenKey, token: string, now = Date.now()): Promise<boolean> {
  try {
    await jwtVerify(token, key, {
      algorithms: [ALGORITHM],
      audience: OPERATOR_AUDIENCE,
      currentDate: new Date(now),
      requiredClaims: ["exp"],
    });
    return true;
  } catch {
    return false;
  }
}
