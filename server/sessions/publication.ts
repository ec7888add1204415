import type * as Y from "yjs";
import { readWorkspace, type WorkspaceSnapshot } from "../../lib/collab";
import { publishSession } from "../../lib/collab/write-sessions";
import type { PublishedSession } from "../../lib/contract/sessions";
import type { ConnectedParticipant } from "../collab/room-socket";
import { answeredCounts, completeCount, roundResults, type SessionState } from "./session-state";

/** What sessions need of the rooms: the document, written on its queue, and who is connected. */
export interface SessionRooms {
  serverChange(workspaceId: string, change: (doc: Y.Doc) => void | Promise<void>): Promise<void>;
  boundParticipants(workspaceId: string): ConnectedParticipant[];
  /** Tells when a workspace lost an option, area or threat (a target may be gone). */
  onRecordsRemoved(listener: (workspaceId: string) => void): void;
}

const quiet = () => undefined;

/** The workspace as it is now, read on the room's queue. */
export async function readSnapshot(rooms: SessionRooms, workspaceId: string): Promise<WorkspaceSnapshot> {
  let snapshot: WorkspaceSnapshot | undefined;
  await rooms.serverChange(workspaceId, (doc) => {
    snapshot = readWorkspace(doc, quiet);
  });
  if (!snapshot) throw new Error(`could not read workspace ${workspaceId}`);
  return snapshot;
}

/**
 * What every client sees of a session: status, counts and, once the round closed, its
 * results with reasons but never names. Never an open answer, nor who has not answered.
 */
export function publishedState(state: SessionState, now = Date.now()): PublishedSession {
  const { session, current } = state;
  const closed = current.closedAt !== null;
  return {
    id: session.id,
    title: session.title,
    status: session.status,
    round: session.round,
    deadline: closed ? null : current.deadline,
    anonymous: session.anonymous,
    lock: session.lock,
    targets: state.live,
    eligible: state.eligible.length,
    answered: answeredCounts(state),
    complete: completeCount(state),
    ...(closed ? { results: roundResults(session, state.live, state.answers, state.excluded) } : {}),
    updatedAt: now,
  };
}

/** Whether two states of a session publish the same thing (apart from the time). */
export function sameCounts(before: SessionState, after: SessionState): boolean {
  return JSON.stringify(publishedState(before, 0)) === JSON.stringify(publishedState(after, 0));
}

/** Writes the session's published state into its workspace document; everyone gets it pushed. */
export async function publish(rooms: SessionRooms, state: SessionState): Promise<void> {
  const published = publishedState(state);
  await rooms.serverChange(state.session.workspaceId, (doc) => publishSession(doc, published));
}
