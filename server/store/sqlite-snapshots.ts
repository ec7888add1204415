import type { Database } from "better-sqlite3";
import { snapshotsToKeep, type SnapshotReason } from "./snapshot-retention";
import type { SnapshotInfo, SnapshotRecord } from "./store";

interface SnapshotRow {
  id: number;
  workspace_id: string;
  bytes: number;
  created_at: number;
  reason: string;
}

export interface SqliteSnapshots {
  /** Inserts and thins; call inside the caller's transaction when it must be atomic with other writes. */
  save(workspaceId: string, data: Uint8Array, createdAt: number, reason: SnapshotReason): number;
  /** Like `save` with reason `compaction`, unless the state equals the newest snapshot. */
  saveCompaction(workspaceId: string, data: Uint8Array, createdAt: number): void;
  list(workspaceId: string): SnapshotInfo[];
  load(id: number): SnapshotRecord | undefined;
}

/** The SQLite half of the store that keeps earlier states (table `snapshots`). */
export function sqliteSnapshots(db: Database, kept: number): SqliteSnapshots {
  const insert = db.prepare<[string, Buffer, number, number, string]>(
    "INSERT INTO snapshots (workspace_id, data, bytes, created_at, reason) VALUES (?, ?, ?, ?, ?)",
  );
  const selectInfo = db.prepare<[string], SnapshotRow>(
    "SELECT id, workspace_id, bytes, created_at, reason FROM snapshots WHERE workspace_id = ? ORDER BY created_at DESC, id DESC",
  );
  const selectNewestData = db.prepare<[string], { data: Buffer }>(
    "SELECT data FROM snapshots WHERE workspace_id = ? ORDER BY created_at DESC, id DESC LIMIT 1",
  );
  const selectOne = db.prepare<[number], SnapshotRow & { data: Buffer }>("SELECT * FROM snapshots WHERE id = ?");
  const remove = db.prepare<[number]>("DELETE FROM snapshots WHERE id = ?");

  const list = (workspaceId: string): SnapshotInfo[] => selectInfo.all(workspaceId).map(toInfo);
  const thin = (workspaceId: string, now: number): void => {
    const all = list(workspaceId);
    const keep = snapshotsToKeep(all, now, kept);
    for (const snapshot of all) if (!keep.has(snapshot.id)) remove.run(snapshot.id);
  };
  const save = (workspaceId: string, data: Uint8Array, createdAt: number, reason: SnapshotReason): number => {
    const id = Number(insert.run(workspaceId, Buffer.from(data), data.byteLength, createdAt, reason).lastInsertRowid);
    thin(workspaceId, createdAt);
    return id;
  };

  return {
    save,
    saveCompaction(workspaceId, data, createdAt) {
      const newest = selectNewestData.get(workspaceId);
      if (newest && Buffer.compare(newest.data, data) === 0) return;
      save(workspaceId, data, createdAt, "compaction");
    },
    list,
    load(id) {
      const row = selectOne.get(id);
      return row && { ...toInfo(row), data: new Uint8Array(row.data) };
    },
  };
}

function toInfo(row: SnapshotRow): SnapshotInfo {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    createdAt: row.created_at,
    bytes: row.bytes,
    reason: row.reason as SnapshotReason,
  };
}
