import * as z from "../zod";
import { roleSchema } from "../contract/roles";
import { LIMITS, idSchema } from "./schema";

/** What each person publishes about themselves through Yjs awareness. */
export const presenceSchema = z.object({
  user: z.object({
    id: z.string().check(z.maxLength(64)),
    name: z.string().check(z.minLength(1), z.maxLength(LIMITS.displayNameLength)),
    color: z.string().check(z.regex(/^#[0-9a-fA-F]{6}$/)),
    role: roleSchema,
  }),
  /** The matrix cell the person is on, if any, and whether they are editing its rationale. */
  focus: z.optional(z.nullable(z.object({ areaId: idSchema, optionId: idSchema, editing: z.optional(z.boolean()) }))),
});

export type Presence = z.infer<typeof presenceSchema>;

export interface Peer extends Presence {
  clientId: number;
}

/** Valid presence entries from an awareness state map, other than this client's own. */
export function readPeers(states: Map<number, Record<string, unknown>>, selfClientId: number): Peer[] {
  const peers: Peer[] = [];
  states.forEach((state, clientId) => {
    if (clientId === selfClientId) return;
    const parsed = presenceSchema.safeParse(state);
    if (parsed.success) peers.push({ clientId, ...parsed.data });
  });
  return peers.sort((a, b) => a.user.name.localeCompare(b.user.name));
}
