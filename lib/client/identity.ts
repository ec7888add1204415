import * as z from "../zod";
import { localEntry } from "./local-store";

/** Presence colours: Okabe–Ito hues dark enough to read as text and outlines on white. */
export const PRESENCE_COLORS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8A6D00", "#56B4E9", "#E69F00", "#4B4B4B"];

export const identitySchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
  color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
});

export type Identity = z.infer<typeof identitySchema>;

export const identityEntry = localEntry<Identity | null>("mesa.identity", z.nullable(identitySchema), null);

/** The same name gets the same colour on every device, so teammates recognise each other. */
export function colorForName(name: string): string {
  let hash = 0;
  for (const char of name.trim().toLowerCase()) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return PRESENCE_COLORS[hash % PRESENCE_COLORS.length] ?? "#0072B2";
}
