import { presenceSchema, type Presence } from "@/lib/collab";
import type { CollabSession } from "./collab-session";

/** Publishes who this person is; validated so a bad name never reaches other clients. */
export function publishPresence(session: CollabSession, user: Presence["user"]): void {
  const presence = presenceSchema.parse({ user, focus: null });
  session.provider.awareness.setLocalState(presence);
}

export function publishFocus(session: CollabSession, focus: Presence["focus"]): void {
  const awareness = session.provider.awareness;
  if (awareness.getLocalState() === null) return;
  awareness.setLocalStateField("focus", focus ?? null);
}
