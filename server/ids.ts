import { randomBytes } from "node:crypto";
import { z } from "zod";

/** 128 random bits, URL-safe: unguessable enough to double as part of a capability. */
export function newId(): string {
  return randomBytes(16).toString("base64url");
}

export const idSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, { error: "must be 1–64 characters of A–Z, a–z, 0–9, _ or -" });
