import type { Database } from "better-sqlite3";

/**
 * Append-only: entry i moves the schema from user_version i to i + 1. Never edit a shipped
 * entry; add a new one.
 */
const migrations: readonly string[] = [
  `
  CREATE TABLE workspaces (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE TABLE links (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    role TEXT NOT NULL CHECK (role IN ('facilitator', 'analyst', 'viewer')),
    label TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX links_workspace ON links(workspace_id);
  CREATE TABLE participants (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    link_id TEXT NOT NULL REFERENCES links(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX participants_link ON participants(link_id);
  CREATE TABLE updates (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    data BLOB NOT NULL,
    created_at INTEGER NOT NULL,
    PRIMARY KEY (workspace_id, seq)
  ) STRICT, WITHOUT ROWID;
  `,
  // Series analysts import per workspace; points are one JSON array (read and written whole).
  `
  CREATE TABLE workspace_series (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    unit TEXT NOT NULL,
    x_kind TEXT NOT NULL,
    source TEXT NOT NULL,
    description TEXT NOT NULL,
    points TEXT NOT NULL,
    added_by TEXT NOT NULL,
    added_by_name TEXT NOT NULL,
    added_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX workspace_series_workspace ON workspace_series(workspace_id, added_at);
  `,
  // Earlier compacted states kept for rollback (thinned by age: server/store/snapshot-retention.ts).
  `
  CREATE TABLE snapshots (
    id INTEGER PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    data BLOB NOT NULL,
    bytes INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    reason TEXT NOT NULL CHECK (reason IN ('compaction', 'before-rollback'))
  ) STRICT;
  CREATE INDEX snapshots_workspace ON snapshots(workspace_id, created_at);
  `,
  // Who sent each update: the participant its socket was bound to (null: the server's own).
  `
  ALTER TABLE updates ADD COLUMN author TEXT;
  `,
  // Logs the operator replaced with an earlier snapshot: what history was dropped, and what the
  // log went back to, so a client still holding dropped history is told to start afresh.
  `
  CREATE TABLE rewinds (
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    dropped_state_vector BLOB NOT NULL,
    restored_state_vector BLOB NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX rewinds_workspace ON rewinds(workspace_id);
  `,
  // Links a facilitator manages: rotation bumps `generation` (tokens of an older one stop
  // working), `last_used_at` is written at most once a minute per link, `view` is what a viewer
  // link opens; a removed participant's token is refused from `removed_at` on.
  `
  ALTER TABLE links ADD COLUMN generation INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE links ADD COLUMN last_used_at INTEGER;
  ALTER TABLE links ADD COLUMN view TEXT NOT NULL DEFAULT 'full' CHECK (view IN ('full', 'summary'));
  ALTER TABLE participants ADD COLUMN removed_at INTEGER;
  CREATE INDEX participants_workspace ON participants(workspace_id);
  `,
];

export function migrate(db: Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(
      `The database schema (version ${current}) is newer than this server understands (${migrations.length}): run a newer server or restore a backup.`,
    );
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version] ?? "");
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
