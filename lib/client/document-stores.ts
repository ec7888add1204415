import type { WebsocketProvider } from "y-websocket";
import type * as Y from "yjs";
import { createUndoManager, readPeers, readWorkspace, type Peer, type WorkspaceSnapshot } from "@/lib/collab";
import { derivedStore, type ExternalStore } from "./external-store";

export interface HistorySnapshot {
  canUndo: boolean;
  canRedo: boolean;
}

export interface DocumentStores {
  workspace: ExternalStore<WorkspaceSnapshot>;
  peers: ExternalStore<Peer[]>;
  /** Undo and redo of this person's own edits. */
  undo: Y.UndoManager;
  history: ExternalStore<HistorySnapshot>;
}

/** What components read of one live document: typed snapshots, never a Y.Map. */
export function documentStores(doc: Y.Doc, provider: WebsocketProvider): DocumentStores {
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

  return { workspace, peers, undo, history };
}
