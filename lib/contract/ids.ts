import * as z from "zod/mini";

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** Workspace, link, participant and record ids: URL-safe, 1–64 characters. */
export const idSchema = z
  .string()
  .check(z.regex(ID_PATTERN, { error: "must be 1–64 characters of A–Z, a–z, 0–9, _ or -" }));
