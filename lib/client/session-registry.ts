import { createSession, type CollabSession } from "./collab-session";

interface Entry {
  session: CollabSession;
  refs: number;
  destroyTimer: ReturnType<typeof setTimeout> | undefined;
}

const sessions = new Map<string, Entry>();
const listeners = new Set<() => void>();

/** Time an unused session survives, so React's dev-mode unmount/remount reuses one socket. */
const RELEASE_GRACE_MS = 1000;

function scheduleDestroy(key: string, entry: Entry): void {
  clearTimeout(entry.destroyTimer);
  entry.destroyTimer = setTimeout(() => {
    if (entry.refs > 0) return;
    sessions.delete(key);
    entry.session.destroy();
  }, RELEASE_GRACE_MS);
}

/**
 * After the operator restored an earlier version, this page's document still holds the later
 * changes, and syncing it would write them straight back over the restore. So the session is
 * replaced by a fresh one that loads the restored document; what was waiting is dropped.
 */
function replaceSession(key: string, workspaceId: string, token: string): void {
  const entry = sessions.get(key);
  if (!entry) return;
  const old = entry.session;
  entry.session = newSession(key, workspaceId, token, true);
  old.destroy();
  if (entry.refs > 0) entry.session.open();
  for (const listener of listeners) listener();
}

function newSession(key: string, workspaceId: string, token: string, restored: boolean): CollabSession {
  return createSession(workspaceId, token, {
    restored,
    // Deferred: the close that reports the restore is still being handled by the old provider.
    onRestored: () => queueMicrotask(() => replaceSession(key, workspaceId, token)),
  });
}

export function sessionKey(workspaceId: string, token: string): string {
  return `${workspaceId}#${token}`;
}

/**
 * One session per workspace link, shared by every component that asks for it. Acquiring is
 * free of side effects (the socket opens on retain), so it may run during render.
 */
export function acquireSession(workspaceId: string, token: string): { key: string; session: CollabSession } {
  const key = sessionKey(workspaceId, token);
  let entry = sessions.get(key);
  if (!entry) {
    entry = { session: newSession(key, workspaceId, token, false), refs: 0, destroyTimer: undefined };
    sessions.set(key, entry);
    // A render that is never committed must not leave a session behind.
    scheduleDestroy(key, entry);
  }
  return { key, session: entry.session };
}

/** The current session of a key: a restore replaces it. */
export function currentSession(key: string): CollabSession | null {
  return sessions.get(key)?.session ?? null;
}

/** Called when a session of any key was replaced. */
export function subscribeSessions(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function retainSession(key: string): void {
  const entry = sessions.get(key);
  if (!entry) return;
  entry.refs += 1;
  clearTimeout(entry.destroyTimer);
  if (entry.refs === 1) entry.session.open();
}

export function releaseSession(key: string): void {
  const entry = sessions.get(key);
  if (!entry) return;
  entry.refs -= 1;
  if (entry.refs <= 0) scheduleDestroy(key, entry);
}
