import { createSession, type CollabSession } from "./collab-session";

interface Entry {
  session: CollabSession;
  workspaceId: string;
  /** The link token the session connects with: rotating the page's own link changes it. */
  token: string;
  refs: number;
  destroyTimer: ReturnType<typeof setTimeout> | undefined;
}

const sessions = new Map<string, Entry>();
/** Keys a session was known by before its link was rotated, so holders of the old key still release it. */
const formerKeys = new Map<string, string>();

function entryOf(key: string): Entry | undefined {
  return sessions.get(key) ?? sessions.get(formerKeys.get(key) ?? "");
}
const listeners = new Set<() => void>();

/** Time an unused session survives, so React's dev-mode unmount/remount reuses one socket. */
const RELEASE_GRACE_MS = 1000;

function scheduleDestroy(entry: Entry): void {
  clearTimeout(entry.destroyTimer);
  entry.destroyTimer = setTimeout(() => {
    if (entry.refs > 0) return;
    const key = sessionKey(entry.workspaceId, entry.token);
    sessions.delete(key);
    for (const [former, current] of formerKeys) if (current === key) formerKeys.delete(former);
    entry.session.destroy();
  }, RELEASE_GRACE_MS);
}

/**
 * After the operator restored an earlier version, this page's document still holds the later
 * changes, and syncing it would write them straight back over the restore. So the session is
 * replaced by a fresh one that loads the restored document; what was waiting is dropped.
 */
function replaceSession(old: CollabSession): void {
  const entry = [...sessions.values()].find((candidate) => candidate.session === old);
  if (!entry) return;
  entry.session = newSession(entry.workspaceId, entry.token, true);
  old.destroy();
  if (entry.refs > 0) entry.session.open();
  for (const listener of listeners) listener();
}

function newSession(workspaceId: string, token: string, restored: boolean): CollabSession {
  const session: CollabSession = createSession(workspaceId, token, {
    restored,
    // Deferred: the close that reports the restore is still being handled by the old provider.
    onRestored: () => queueMicrotask(() => replaceSession(session)),
  });
  return session;
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
    entry = { session: newSession(workspaceId, token, false), workspaceId, token, refs: 0, destroyTimer: undefined };
    sessions.set(key, entry);
    // A render that is never committed must not leave a session behind.
    scheduleDestroy(entry);
  }
  return { key, session: entry.session };
}

/**
 * The page's own link was rotated: its session (document, undo history, waiting changes) goes
 * on under the new token, so the page switches without a reload or a second sync.
 */
export function rekeySession(workspaceId: string, oldToken: string, newToken: string): CollabSession | null {
  const oldKey = sessionKey(workspaceId, oldToken);
  const entry = entryOf(oldKey);
  if (!entry) return null;
  const newKey = sessionKey(workspaceId, newToken);
  sessions.delete(sessionKey(entry.workspaceId, entry.token));
  entry.token = newToken;
  sessions.set(newKey, entry);
  formerKeys.set(oldKey, newKey);
  for (const [former, current] of formerKeys) if (current === oldKey) formerKeys.set(former, newKey);
  entry.session.switchToken(newToken);
  return entry.session;
}

/** The current session of a key: a restore replaces it. */
export function currentSession(key: string): CollabSession | null {
  return entryOf(key)?.session ?? null;
}

/** Called when a session of any key was replaced. */
export function subscribeSessions(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function retainSession(key: string): void {
  const entry = entryOf(key);
  if (!entry) return;
  entry.refs += 1;
  clearTimeout(entry.destroyTimer);
  if (entry.refs === 1) entry.session.open();
}

export function releaseSession(key: string): void {
  const entry = entryOf(key);
  if (!entry) return;
  entry.refs -= 1;
  if (entry.refs <= 0) scheduleDestroy(entry);
}
