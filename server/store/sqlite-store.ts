import { mkdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { groupCommit } from "./group-commit";
import { migrate } from "./sqlite-migrations";
import { sqliteSeriesStore } from "./sqlite-series";
import { sqliteSessionStore } from "../sessions/sqlite-session-store";
import { sqliteSnapshots } from "./sqlite-snapshots";
import type { LinkRecord, ParticipantRecord, Store, Template, WorkspaceRecord } from "./store";
import type { Role } from "../../lib/contract";

interface WorkspaceRow {
  id: string;
  title: string;
  template: string;
  created_at: number;
}
interface LinkRow {
  id: string;
  workspace_id: string;
  role: string;
  label: string;
  created_at: number;
  expires_at: number | null;
  revoked_at: number | null;
  generation: number;
  last_used_at: number | null;
  view: string;
}
interface PendingAppend {
  workspaceId: string;
  update: Uint8Array;
  createdAt: number;
  author: string | null;
}
interface ParticipantRow {
  id: string;
  workspace_id: string;
  link_id: string;
  name: string;
  created_at: number;
  removed_at: number | null;
}

export interface SqliteStoreOptions {
  /** How many earlier states each workspace keeps for rollback (SNAPSHOTS_KEPT). */
  snapshotsKept?: number;
}

export const DEFAULT_SNAPSHOTS_KEPT = 20;

/** The database file inside DATA_DIR. */
export function sqliteFile(dataDir: string): string {
  return path.join(dataDir, "mesa.sqlite");
}

export function openSqliteStore(dataDir: string, options: SqliteStoreOptions = {}): Store {
  mkdirSync(dataDir, { recursive: true });
  const db = new BetterSqlite3(sqliteFile(dataDir));
  // WAL + NORMAL survives a process crash (committed pages are in the WAL file); only power
  // loss can drop the last transactions, which DESIGN.md accepts.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);

  const insertWorkspace = db.prepare(
    "INSERT INTO workspaces (id, title, template, created_at) VALUES (@id, @title, @template, @createdAt)",
  );
  const insertLink = db.prepare(
    `INSERT INTO links (id, workspace_id, role, label, created_at, expires_at, revoked_at, generation, last_used_at, view)
     VALUES (@id, @workspaceId, @role, @label, @createdAt, @expiresAt, @revokedAt, @generation, @lastUsedAt, @view)`,
  );
  const selectWorkspace = db.prepare<[string], WorkspaceRow>("SELECT * FROM workspaces WHERE id = ?");
  const updateTitle = db.prepare<[string, string]>("UPDATE workspaces SET title = ? WHERE id = ?");
  const selectLink = db.prepare<[string], LinkRow>("SELECT * FROM links WHERE id = ?");
  const updateRevoked = db.prepare<[number, string]>(
    "UPDATE links SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
  );
  const selectLinks = db.prepare<[string], LinkRow>(
    "SELECT * FROM links WHERE workspace_id = ? ORDER BY created_at, rowid",
  );
  const bumpGeneration = db.prepare<[string], { generation: number }>(
    "UPDATE links SET generation = generation + 1 WHERE id = ? RETURNING generation",
  );
  const updateLastUsed = db.prepare<[number, string, number]>(
    "UPDATE links SET last_used_at = ? WHERE id = ? AND coalesce(last_used_at, 0) < ?",
  );
  const insertParticipant = db.prepare(
    `INSERT INTO participants (id, workspace_id, link_id, name, created_at, removed_at)
     VALUES (@id, @workspaceId, @linkId, @name, @createdAt, @removedAt)`,
  );
  const selectParticipant = db.prepare<[string], ParticipantRow>("SELECT * FROM participants WHERE id = ?");
  const selectParticipants = db.prepare<[string], ParticipantRow>(
    "SELECT * FROM participants WHERE workspace_id = ? ORDER BY created_at, rowid",
  );
  const updateParticipantName = db.prepare<[string, string]>("UPDATE participants SET name = ? WHERE id = ?");
  const updateRemoved = db.prepare<[number, string]>(
    "UPDATE participants SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
  );
  const selectUpdates = db.prepare<[string], { data: Buffer }>(
    "SELECT data FROM updates WHERE workspace_id = ? ORDER BY seq",
  );
  const insertUpdate = db.prepare<[string, string, Buffer, number, string | null]>(
    `INSERT INTO updates (workspace_id, seq, data, created_at, author)
     VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM updates WHERE workspace_id = ?), ?, ?, ?)`,
  );
  const deleteUpdates = db.prepare<[string]>("DELETE FROM updates WHERE workspace_id = ?");
  const selectAuthors = db.prepare<[string], { author: string | null }>(
    "SELECT author FROM updates WHERE workspace_id = ? ORDER BY seq",
  );
  const countRows = db.prepare<[string], { n: number }>("SELECT count(*) AS n FROM updates WHERE workspace_id = ?");
  const selectWorkspaceIds = db.prepare<[], { id: string }>("SELECT id FROM workspaces ORDER BY created_at, id");
  const snapshots = sqliteSnapshots(db, options.snapshotsKept ?? DEFAULT_SNAPSHOTS_KEPT);

  const appendUpdate = (workspaceId: string, update: Uint8Array, createdAt: number, author: string | null = null) => {
    insertUpdate.run(workspaceId, workspaceId, Buffer.from(update), createdAt, author);
  };
  const createWorkspace = db.transaction((workspace: WorkspaceRecord, links: LinkRecord[], initial: Uint8Array) => {
    insertWorkspace.run(workspace);
    for (const link of links) insertLink.run(link);
    appendUpdate(workspace.id, initial, workspace.createdAt);
  });
  const replaceUpdates = db.transaction((workspaceId: string, snapshot: Uint8Array, createdAt: number) => {
    deleteUpdates.run(workspaceId);
    appendUpdate(workspaceId, snapshot, createdAt);
    snapshots.saveCompaction(workspaceId, snapshot, createdAt);
  });
  const saveSnapshot = db.transaction(snapshots.save);
  const insertRewind = db.prepare<[string, Buffer, Buffer, number]>(
    "INSERT INTO rewinds (workspace_id, dropped_state_vector, restored_state_vector, created_at) VALUES (?, ?, ?, ?)",
  );
  const selectRewinds = db.prepare<[string], { dropped_state_vector: Buffer; restored_state_vector: Buffer }>(
    "SELECT dropped_state_vector, restored_state_vector FROM rewinds WHERE workspace_id = ? ORDER BY created_at",
  );
  const appendOne = (row: PendingAppend) => appendUpdate(row.workspaceId, row.update, row.createdAt, row.author);
  const appends = groupCommit<PendingAppend>(
    db.transaction((rows: PendingAppend[]) => rows.forEach(appendOne)),
    appendOne,
  );

  return {
    ...sqliteSeriesStore(db),
    ...sqliteSessionStore(db),
    async createWorkspace(workspace, links, initialUpdate) {
      createWorkspace(workspace, links, initialUpdate);
    },
    async renameWorkspace(id, title) {
      updateTitle.run(title, id);
    },
    async getWorkspace(id) {
      const row = selectWorkspace.get(id);
      return row && { id: row.id, title: row.title, template: row.template as Template, createdAt: row.created_at };
    },
    async getLink(id) {
      const row = selectLink.get(id);
      return row && toLink(row);
    },
    async revokeLink(id, revokedAt) {
      updateRevoked.run(revokedAt, id);
    },
    async listLinks(workspaceId) {
      return selectLinks.all(workspaceId).map(toLink);
    },
    async rotateLink(id) {
      return bumpGeneration.get(id)?.generation;
    },
    async touchLink(id, usedAt) {
      updateLastUsed.run(usedAt, id, usedAt);
    },
    async createParticipant(participant: ParticipantRecord) {
      insertParticipant.run(participant);
    },
    async getParticipant(id) {
      const row = selectParticipant.get(id);
      return row && toParticipant(row);
    },
    async listParticipants(workspaceId) {
      return selectParticipants.all(workspaceId).map(toParticipant);
    },
    async renameParticipant(id, name) {
      updateParticipantName.run(name, id);
    },
    async removeParticipant(id, removedAt) {
      updateRemoved.run(removedAt, id);
    },
    async loadUpdates(workspaceId) {
      appends.flush();
      return selectUpdates.all(workspaceId).map((row) => new Uint8Array(row.data));
    },
    appendUpdate(workspaceId, update, createdAt, author) {
      return appends.add({ workspaceId, update, createdAt, author: author ?? null });
    },
    async updateAuthors(workspaceId) {
      appends.flush();
      return selectAuthors.all(workspaceId).map((row) => row.author);
    },
    async replaceUpdates(workspaceId, snapshot, createdAt) {
      appends.flush();
      replaceUpdates(workspaceId, snapshot, createdAt);
    },
    async countUpdates(workspaceId) {
      appends.flush();
      return countRows.get(workspaceId)?.n ?? 0;
    },
    async recordRewind(workspaceId, rewind, createdAt) {
      insertRewind.run(workspaceId, Buffer.from(rewind.dropped), Buffer.from(rewind.restored), createdAt);
    },
    async listRewinds(workspaceId) {
      return selectRewinds.all(workspaceId).map((row) => ({
        dropped: new Uint8Array(row.dropped_state_vector),
        restored: new Uint8Array(row.restored_state_vector),
      }));
    },
    async saveSnapshot(workspaceId, data, createdAt, reason) {
      return saveSnapshot(workspaceId, data, createdAt, reason);
    },
    async listSnapshots(workspaceId) {
      return snapshots.list(workspaceId);
    },
    async loadSnapshot(id) {
      return snapshots.load(id);
    },
    async listWorkspaceIds() {
      return selectWorkspaceIds.all().map((row) => row.id);
    },
    async createLink(link) {
      insertLink.run(link);
    },
    async close() {
      appends.flush();
      if (db.open) db.close();
    },
  };
}

function toLink(row: LinkRow): LinkRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    role: row.role as Role,
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    generation: row.generation,
    lastUsedAt: row.last_used_at,
    view: row.view === "summary" ? "summary" : "full",
  };
}

function toParticipant(row: ParticipantRow): ParticipantRecord {
  return {
    id: row.id,
    workspaceId: row.workspace_id,
    linkId: row.link_id,
    name: row.name,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  };
}
