import type * as Y from "yjs";

/** The part of y-websocket's provider the count needs. */
export interface SyncLink {
  readonly wsconnected: boolean;
  readonly synced: boolean;
  on(event: "sync", listener: (synced: boolean) => void): void;
  off(event: "sync", listener: (synced: boolean) => void): void;
}

export interface WaitingChanges {
  count: () => number;
  stop: () => void;
}

/**
 * Counts this person's document changes made while the socket was not connected and synced:
 * the changes that have not reached the server yet. The count resets when the socket syncs,
 * which sends them. Remote changes (origin: the provider) are not this person's.
 */
export function countWaitingChanges(doc: Y.Doc, link: SyncLink, onChange: () => void): WaitingChanges {
  let count = 0;
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === link || (link.wsconnected && link.synced)) return;
    count += 1;
    onChange();
  };
  const onSync = (synced: boolean) => {
    if (!synced || count === 0) return;
    count = 0;
    onChange();
  };
  doc.on("update", onUpdate);
  link.on("sync", onSync);
  return {
    count: () => count,
    stop: () => {
      doc.off("update", onUpdate);
      link.off("sync", onSync);
    },
  };
}
