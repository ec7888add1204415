import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { LeanClient, RoomStates, type ClientSpec } from "../lean-client";

/** One client in the orchestrator itself, for scenarios that time a single sync. */
export function standaloneClient(
  spec: Omit<ClientSpec, "writer" | "presence" | "keepState">,
  onSynced: (state: Uint8Array) => void = () => undefined,
): LeanClient {
  return new LeanClient({ ...spec, writer: false, presence: false, keepState: false }, new RoomStates(), {
    onUpdate: () => undefined,
    onSynced: (_client, state) => onSynced(state.slice()),
    onUnexpectedClose: () => undefined,
  });
}

/** Rows and bytes of a workspace's stored update log, read beside the running server (WAL allows it). */
export function storedLog(dataDir: string, workspaceId: string): { rows: number; bytes: number } {
  const db = new BetterSqlite3(path.join(dataDir, "mesa.sqlite"), { readonly: true, fileMustExist: true });
  try {
    const row = db
      .prepare<[string], { rows: number; bytes: number }>(
        "SELECT count(*) AS rows, coalesce(sum(length(data)), 0) AS bytes FROM updates WHERE workspace_id = ?",
      )
      .get(workspaceId);
    return row ?? { rows: 0, bytes: 0 };
  } finally {
    db.close();
  }
}
