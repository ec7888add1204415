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
  // Live rating sessions (server/sessions): rounds, their targets, who takes part, one answer per
  // participant per target per round, and every recording of an outcome (reverted ones too).
  `
  CREATE TABLE rating_sessions (
    id TEXT PRIMARY KEY,
    workspace_id TEXT NOT NULL REFERENCES workspaces(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed', 'finished')),
    round INTEGER NOT NULL,
    anonymous INTEGER NOT NULL,
    admission TEXT NOT NULL CHECK (admission IN ('bound', 'open')),
    lock INTEGER NOT NULL,
    rule TEXT NOT NULL,
    facilitator_takes_part INTEGER NOT NULL,
    duration_sec INTEGER,
    targets TEXT NOT NULL,
    created_at INTEGER NOT NULL
  ) STRICT;
  CREATE INDEX rating_sessions_workspace ON rating_sessions(workspace_id, created_at);
  CREATE TABLE rating_rounds (
    session_id TEXT NOT NULL REFERENCES rating_sessions(id) ON DELETE CASCADE,
    round INTEGER NOT NULL,
    opened_at INTEGER NOT NULL,
    deadline INTEGER,
    closed_at INTEGER,
    PRIMARY KEY (session_id, round)
  ) STRICT;
  CREATE INDEX rating_rounds_deadline ON rating_rounds(deadline) WHERE closed_at IS NULL;
  CREATE TABLE rating_round_targets (
    session_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    target_key TEXT NOT NULL,
    position INTEGER NOT NULL,
    dropped_at INTEGER,
    PRIMARY KEY (session_id, round, target_key),
    FOREIGN KEY (session_id, round) REFERENCES rating_rounds(session_id, round) ON DELETE CASCADE
  ) STRICT;
  CREATE TABLE rating_eligible (
    session_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    admitted_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, round, participant_id),
    FOREIGN KEY (session_id, round) REFERENCES rating_rounds(session_id, round) ON DELETE CASCADE
  ) STRICT;
  CREATE TABLE rating_exclusions (
    session_id TEXT NOT NULL REFERENCES rating_sessions(id) ON DELETE CASCADE,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    excluded_at INTEGER NOT NULL,
    PRIMARY KEY (session_id, participant_id)
  ) STRICT;
  CREATE TABLE rating_answers (
    session_id TEXT NOT NULL,
    round INTEGER NOT NULL,
    target_key TEXT NOT NULL,
    participant_id TEXT NOT NULL REFERENCES participants(id) ON DELETE CASCADE,
    value TEXT NOT NULL,
    reason TEXT,
    answered_at INTEGER NOT NULL,
    UNIQUE (session_id, round, target_key, participant_id),
    FOREIGN KEY (session_id, round) REFERENCES rating_rounds(session_id, round) ON DELETE CASCADE
  ) STRICT;
  CREATE TABLE rating_recordings (
    id INTEGER PRIMARY KEY,
    session_id TEXT NOT NULL REFERENCES rating_sessions(id) ON DELETE CASCADE,
    target_key TEXT NOT NULL,
    round INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    recorded_at INTEGER NOT NULL,
    reverted_by TEXT,
    reverted_at INTEGER
  ) STRICT;
  CREATE INDEX rating_recordings_session ON rating_recordings(session_id, target_key);
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
