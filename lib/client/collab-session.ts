import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { createUndoManager, readPeers, readWorkspace, type Peer, type WorkspaceSnapshot } from "@/lib/collab";
import { derivedStore, type ExternalStore } from "./external-store";

export interface ConnectionSnapshot {
  status: "connecting" | "connected" | "disconnected";
  synced: boolean;
  /** Whether this session has ever finished a sync: until then the page has nothing to show. */
  everSynced: boolean;
  /** Connection attempts that failed since the last successful sync. */
  failures: number;
  /** Set when the server closed the socket for good (4400–4499), e.g. a revoked link. */
  closed: { code: number; reason: string } | null;
}

export interface CollabSession {
  doc: Y.Doc;
  provider: WebsocketProvider;
  workspace: ExternalStore<WorkspaceSnapshot>;
  connection: ExternalStore<ConnectionSnapshot>;
  peers: ExternalStore<Peer[]>;
  /** Undo and redo of this person's own edits. */
  undo: Y.UndoManager;
  history: ExternalStore<HistorySnapshot>;
}

export interface HistorySnapshot {
  canUndo: boolean;
  canRedo: boolean;
}

function collabUrl(): string {
  const scheme = window.location.protocol === "https:" ? "wss" : "ws";
  return `${scheme}://${window.location.host}/collab`;
}

function createSession(workspaceId: string, token: string): CollabSession {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(collabUrl(), workspaceId, doc, {
    connect: false,
    params: { token },
    // Tabs must not sync behind the server's back: the server decides what a link may write.
    disableBc: true,
  });
  let everSynced = false;
  let closed: ConnectionSnapshot["closed"] = null;

  const connection = derivedStore<ConnectionSnapshot>(
    (onChange) => {
      const onSync = (synced: boolean) => {
        if (synced) {
          everSynced = true;
          closed = null;
        }
        onChange();
      };
      const onClosed = (event: { code: number; reason: string }) => {
        closed = event;
        onChange();
      };
      provider.on("status", onChange);
      provider.on("sync", onSync);
      provider.on("connection-close", onChange);
      provider.on("closed", onClosed);
      return () => {
        provider.off("status", onChange);
        provider.off("sync", onSync);
        provider.off("connection-close", onChange);
        provider.off("closed", onClosed);
      };
    },
    () => ({
      status: provider.wsconnected ? "connected" : provider.wsconnecting ? "connecting" : "disconnected",
      synced: provider.synced,
      everSynced: everSynced || provider.synced,
      failures: provider.wsUnsuccessfulReconnects,
      closed,
    }),
  );

  const workspace = derivedStore(
    (onChange) => {
      doc.on("update", onChange);
      return () => doc.off("update", onChange);
    },
    () => readWorkspace(doc),
  );

  const peers = derivedStore(
    (onChange) => {
      provider.awareness.on("change", onChange);
      return () => provider.awareness.off("change", onChange);
    },
    () => readPeers(provider.awareness.getStates() as Map<number, Record<string, unknown>>, doc.clientID),
  );

  const undo = createUndoManager(doc);
  const history = derivedStore<HistorySnapshot>(
    (onChange) => {
      const events = ["stack-item-added", "stack-item-popped", "stack-cleared"] as const;
      for (const event of events) undo.on(event, onChange);
      return () => {
        for (const event of events) undo.off(event, onChange);
      };
    },
    () => ({ canUndo: undo.canUndo(), canRedo: undo.canRedo() }),
  );

  return { doc, provider, workspace, connection, peers, undo, history };
}

interface Entry {
  session: CollabSession;
  refs: number;
  destroyTimer: ReturnType<typeof setTimeout> | undefined;
}

const sessions = new Map<string, Entry>();

/** Time an unused session survives, so React's dev-mode unmount/remount reuses one socket. */
const RELEASE_GRACE_MS = 1000;

function scheduleDestroy(key: string, entry: Entry): void {
  clearTimeout(entry.destroyTimer);
  entry.destroyTimer = setTimeout(() => {
    if (entry.refs > 0) return;
    sessions.delete(key);
    entry.session.undo.destroy();
    entry.session.provider.destroy();
    entry.session.doc.destroy();
  }, RELEASE_GRACE_MS);
}

/**
 * One session per workspace link, shared by every component that asks for it. Acquiring is
 * free of side effects (the socket opens on retain), so it may run during render.
 */
export function acquireSession(workspaceId: string, token: string): { key: string; session: CollabSession } {
  const key = `${workspaceId}#${token}`;
  let entry = sessions.get(key);
  if (!entry) {
    entry = { session: createSession(workspaceId, token), refs: 0, destroyTimer: undefined };
    sessions.set(key, entry);
    // A render that is never committed must not leave a session behind.
    scheduleDestroy(key, entry);
  }
  return { key, session: entry.session };
}

export function retainSession(key: string): void {
  const entry = sessions.get(key);
  if (!entry) return;
  entry.refs += 1;
  clearTimeout(entry.destroyTimer);
  if (entry.refs === 1 && !entry.session.provider.shouldConnect) entry.session.provider.connect();
}

export function releaseSession(key: string): void {
  const entry = sessions.get(key);
  if (!entry) return;
  entry.refs -= 1;
  if (entry.refs <= 0) scheduleDestroy(key, entry);
}
