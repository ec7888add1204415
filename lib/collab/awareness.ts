import { z } from "zod";
import { LIMITS, idSchema } from "./schema";

/** What each person publishes about themselves through Yjs awareness. */
export const presenceSchema = z.object({
  user: z.object({
    id: z.string().max(64),
    name: z.string().min(1).max(LIMITS.displayNameLength),
    color: z.string().regex(/^#[0-9a-fA-F]{6}$/),
    role: z.enum(["facilitator", "analyst", "viewer"]),
  }),
  /** The matrix cell the person is on, if any, and whether they are editing its rationale. */
  focus: z.object({ areaId: idSchema, optionId: idSchema, editing: z.boolean().optional() }).nullable().optional(),
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
