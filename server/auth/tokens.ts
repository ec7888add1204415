import { errors, jwtVerify, SignJWT, type JWTPayload, type JWTVerifyOptions } from "jose";
import { z } from "zod";
import { roleSchema, type Role } from "../../lib/contract";
import type { LinkRecord } from "../store/store";
import { keysFor, type TokenKey } from "./token-keys";

export { tokenKey, type TokenKey } from "./token-keys";

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
  /** The link's generation when the token was signed; rotation makes older ones stale. Absent: 0. */
  gen?: number;
  exp?: number;
}

export type AuthFailure = {
  ok: false;
  status: 401 | 403 | 404;
  code: "unauthorized" | "forbidden" | "not_found";
  message: string;
};

export type LinkVerification = { ok: true; claims: LinkClaims; link: LinkRecord } | AuthFailure;

/** The store lookups verification needs; the full Store satisfies it. */
export interface LinkLookup {
  getWorkspace(id: string): Promise<unknown>;
  getLink(id: string): Promise<LinkRecord | undefined>;
}

const linkClaimsSchema = z.object({
  wid: z.string().min(1),
  role: roleSchema,
  jti: z.string().min(1),
  gen: z.number().int().min(0).optional(),
  exp: z.number().optional(),
});

const ASK = "ask the facilitator for a new link";

export async function signLinkToken(
  key: TokenKey,
  claims: { wid: string; role: Role; jti: string; gen?: number; expiresAt?: number | null },
): Promise<string> {
  const jwt = new SignJWT({ wid: claims.wid, role: claims.role, gen: claims.gen ?? 0 })
    .setProtectedHeader({ alg: ALGORITHM, kid: key.signing.kid })
    .setJti(claims.jti)
    .setAudience(LINK_AUDIENCE)
    .setIssuedAt();
  if (claims.expiresAt != null) jwt.setExpirationTime(Math.floor(claims.expiresAt / 1000));
  return jwt.sign(key.signing.bytes);
}

/**
 * Checks a token's signature with the key its `kid` header names (the current secret or one
 * of APP_SECRET_PREVIOUS; a token without `kid` predates key ids and is tried against each),
 * then the claims `options` asks for. Throws jose's errors, as jwtVerify does.
 */
async function verifyWithKeys(token: string, key: TokenKey, options: JWTVerifyOptions): Promise<JWTPayload> {
  const candidates = keysFor(key, token);
  let failure: unknown = new errors.JWSSignatureVerificationFailed();
  for (const bytes of candidates) {
    try {
      return (await jwtVerify(token, bytes, { ...options, algorithms: [ALGORITHM] })).payload;
    } catch (error) {
      // Only a signature mismatch means "try the next key"; an expired or foreign token is final.
      if (!(error instanceof errors.JWSSignatureVerificationFailed)) throw error;
      failure = error;
    }
  }
  throw failure;
}

/**
 * Checks, in order: signature and expiry (401), that the workspace exists (404), that the
 * token is for this workspace (403), and that its link is still on record, not revoked, not
 * expired and not rotated since (401). The workspace check comes after the signature so
 * strangers cannot probe ids.
 */
export async function verifyLinkToken(
  token: string,
  options: { key: TokenKey; workspaceId: string; lookup: LinkLookup; now?: number },
): Promise<LinkVerification> {
  const now = options.now ?? Date.now();
  let payload: unknown;
  try {
    payload = await verifyWithKeys(token, options.key, { audience: LINK_AUDIENCE, currentDate: new Date(now) });
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
  if ((claims.gen ?? 0) !== link.generation) {
    return unauthorized(`This link was replaced by a new one (rotated): ${ASK}.`);
  }
  return { ok: true, claims, link };
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
    .setProtectedHeader({ alg: ALGORITHM, kid: key.signing.kid })
    .setAudience(PARTICIPANT_AUDIENCE)
    .setIssuedAt()
    .sign(key.signing.bytes);
}

/** Returns the claims of a well-signed participant token, or undefined for anything else. */
export async function verifyParticipantToken(key: TokenKey, token: string): Promise<ParticipantClaims | undefined> {
  try {
    const payload = await verifyWithKeys(token, key, { audience: PARTICIPANT_AUDIENCE });
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
    .setProtectedHeader({ alg: ALGORITHM, kid: key.signing.kid })
    .setAudience(OPERATOR_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + OPERATOR_TOKEN_SECONDS)
    .sign(key.signing.bytes);
}

/** Whether `token` is a well-signed, unexpired operator token. */
export async function verifyOperatorToken(key: TokenKey, token: string, now = Date.now()): Promise<boolean> {
  try {
    await verifyWithKeys(token, key, {
      audience: OPERATOR_AUDIENCE,
      currentDate: new Date(now),
      requiredClaims: ["exp"],
    });
    return true;
  } catch {
    return false;
  }
}
