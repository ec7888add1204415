import { randomBytes } from "node:crypto";

/** 128 random bits, URL-safe: unguessable enough to double as part of a capability. */
export function newId(): string {
  return randomBytes(16).toString("base64url");
}
