import * as Y from "yjs";
import { migrateWorkspaceDoc } from "../../lib/collab";
import { restoreWorkspaceDoc } from "../../lib/collab/restore";
import type { RoomManager } from "../collab/room-manager";
import type { Store } from "../store/store";

/** A rollback that cannot be done as asked; `status` is the HTTP status the route answers with. */
export class RollbackError extends Error {
  constructor(
    readonly status: 404 | 422,
    message: string,
  ) {
    super(message);
    this.name = "RollbackError";
  }
}

export interface RollbackResult {
  workspaceId: string;
  snapshotId: number;
  /**
   * `live`: restored in the open room, clients saw it at once; `appended`: restored in the
   * store by a forward change; `replaced`: the log could not be loaded and was replaced.
   */
  method: "live" | "appended" | "replaced";
  /** The state before the rollback, kept so the rollback can be undone; absent if unreadable. */
  beforeSnapshotId: number | undefined;
}

/**
 * Loads a stored log into a document as a room does (every update, then migrations).
 * Throws if it cannot: an update that does not decode, or a newer schema.
 */
export function loadWorkspaceDoc(updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  try {
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update);
    });
    migrateWorkspaceDoc(doc);
    return doc;
  } catch (error) {
    doc.destroy();
    throw error;
  }
}

/** With the server running: restores in the live room, or replaces the log if the room cannot open. */
export async function rollbackLive(
  deps: { store: Store; rooms: RoomManager },
  workspaceId: string,
  snapshotId: number,
  now = Date.now(),
): Promise<RollbackResult> {
  const { snapshot, from } = await loadSnapshotDoc(deps.store, workspaceId, snapshotId);
  let beforeSnapshotId: number | undefined;
  let ran = false;
  try {
    await deps.rooms.serverChange(workspaceId, async (doc) => {
      ran = true;
      beforeSnapshotId = await deps.store.saveSnapshot(workspaceId, Y.encodeStateAsUpdate(doc), now, "before-rollback");
      restoreWorkspaceDoc(doc, from);
      migrateWorkspaceDoc(doc);
    });
    return { workspaceId, snapshotId, method: "live", beforeSnapshotId };
  } catch (error) {
    // The room could not open, so nobody is connected to it: the log can be replaced.
    if (ran) throw error;
    return replaceLog(deps.store, workspaceId, snapshotId, snapshot, now);
  } finally {
    from.destroy();
  }
}

/**
 * With the server stopped: loads the current log and restores by a forward change appended
 * to it (clients that were offline still hold the newer state), or replaces a log that does
 * not load.
 */
export async function rollbackInStore(
  store: Store,
  workspaceId: string,
  snapshotId: number,
  now = Date.now(),
): Promise<RollbackResult> {
  const { snapshot, from } = await loadSnapshotDoc(store, workspaceId, snapshotId);
  try {
    let doc: Y.Doc;
    try {
      doc = loadWorkspaceDoc(await store.loadUpdates(workspaceId));
    } catch {
      return await replaceLog(store, workspaceId, snapshotId, snapshot, now);
    }
    const beforeSnapshotId = await store.saveSnapshot(workspaceId, Y.encodeStateAsUpdate(doc), now, "before-rollback");
    const stored = Y.encodeStateVector(doc);
    restoreWorkspaceDoc(doc, from);
    migrateWorkspaceDoc(doc);
    await store.appendUpdate(workspaceId, Y.encodeStateAsUpdate(doc, stored), now);
    doc.destroy();
    return { workspaceId, snapshotId, method: "appended", beforeSnapshotId };
  } finally {
    from.destroy();
  }
}

async function loadSnapshotDoc(
  store: Store,
  workspaceId: string,
  snapshotId: number,
): Promise<{ snapshot: Uint8Array; from: Y.Doc }> {
  const record = await store.loadSnapshot(snapshotId);
  if (record === undefined || record.workspaceId !== workspaceId) {
    throw new RollbackError(
      404,
      `Workspace ${workspaceId} has no snapshot ${snapshotId}: list its snapshots with \`mesa rollback ${workspaceId}\`.`,
    );
  }
  try {
    return { snapshot: record.data, from: loadWorkspaceDoc([record.data]) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new RollbackError(422, `Snapshot ${snapshotId} cannot be loaded (${reason}): choose another one.`);
  }
}

/** Keeps what can be read of the current log as a snapshot, then makes the snapshot the whole log. */
async function replaceLog(
  store: Store,
  workspaceId: string,
  snapshotId: number,
  snapshot: Uint8Array,
  now: number,
): Promise<RollbackResult> {
  let beforeSnapshotId: number | undefined;
  try {
    const current = Y.mergeUpdates(await store.loadUpdates(workspaceId));
    beforeSnapshotId = await store.saveSnapshot(workspaceId, current, now, "before-rollback");
    // Clients that still hold the dropped history must start afresh, or they would sync it back.
    const rewind = {
      dropped: Y.encodeStateVectorFromUpdate(current),
      restored: Y.encodeStateVectorFromUpdate(snapshot),
    };
    await store.recordRewind(workspaceId, rewind, now);
  } catch {
    // Rows that do not even merge cannot be kept as a state; a backup is the only copy.
  }
  await store.replaceUpdates(workspaceId, snapshot, now);
  return { workspaceId, snapshotId, method: "replaced", beforeSnapshotId };
}
