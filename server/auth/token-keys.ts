import { createHash } from "node:crypto";
import { decodeProtectedHeader } from "jose";

/** One HS256 key and the id tokens signed with it carry in their `kid` header. */
export interface SigningKey {
  kid: string;
  bytes: Uint8Array;
}

/**
 * The keys tokens are signed and checked with: new tokens are signed with the current secret
 * (APP_SECRET); tokens signed with a previous one (APP_SECRET_PREVIOUS) still verify, so the
 * secret can change without killing every link at once.
 */
export interface TokenKey {
  signing: SigningKey;
  /** By kid, the signing key first. */
  verifying: ReadonlyMap<string, Uint8Array>;
}

/**
 * A key id names a secret without revealing it: 12 characters of its SHA-256 (72 bits, far
 * too few to help guess a 32-character secret, plenty to tell a handful of secrets apart).
 */
export function keyId(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("base64url").slice(0, 12);
}

export function tokenKey(secret: string, previous: readonly string[] = []): TokenKey {
  const signing = { kid: keyId(secret), bytes: new TextEncoder().encode(secret) };
  const verifying = new Map<string, Uint8Array>([[signing.kid, signing.bytes]]);
  for (const old of previous) {
    const kid = keyId(old);
    if (!verifying.has(kid)) verifying.set(kid, new TextEncoder().encode(old));
  }
  return { signing, verifying };
}

/**
 * The keys that may have signed `token`: the one its `kid` names (none when that key is not
 * known here), or every key for a token from before key ids (or one too garbled to read).
 */
export function keysFor(key: TokenKey, token: string): Uint8Array[] {
  let kid: unknown;
  try {
    kid = decodeProtectedHeader(token).kid;
  } catch {
    return [key.signing.bytes];
  }
  if (kid === undefined) return [...key.verifying.values()];
  const bytes = typeof kid === "string" ? key.verifying.get(kid) : undefined;
  return bytes ? [bytes] : [];
}
