import type { TemplateId } from "../../lib/collab";
import type { Role } from "../../lib/contract";
import type { LinkView } from "../../lib/contract/links";
import type { SeriesStore } from "./series-store";
import type { SessionStore } from "../sessions/session-store";
import type { SnapshotReason } from "./snapshot-retention";

export type { SnapshotReason };

export type Template = TemplateId;

export interface WorkspaceRecord {
  id: string;
  title: string;
  template: Template;
  createdAt: number;
}

/** Encoded Yjs state vectors of a log replacement (see `Store.recordRewind`). */
export interface Rewind {
  dropped: Uint8Array;
  restored: Uint8Array;
}

export interface LinkRecord {
  id: string;
  workspaceId: string;
  role: Role;
  label: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
  /** Bumped by each rotation: a token signed for an older generation is refused. */
  generation: number;
  /** Last time a call or socket used the link (written at most once a minute). */
  lastUsedAt: number | null;
  /** What a viewer link opens: the full dashboard or the one-page summary. */
  view: LinkView;
}

export type { LinkView };

export interface ParticipantRecord {
  id: string;
  workspaceId: string;
  linkId: string;
  name: string;
  createdAt: number;
  /** When the facilitator removed this participant; its token is refused from then on. */
  removedAt: number | null;
}

export interface SnapshotInfo {
  id: number;
  workspaceId: string;
  createdAt: number;
  /** Size of the encoded state. */
  bytes: number;
  reason: SnapshotReason;
}

export interface SnapshotRecord extends SnapshotInfo {
  /** A full `Y.encodeStateAsUpdate` of the document at `createdAt`. */
  data: Uint8Array;
}

/**
 * Persistence port. Every method is async so a networked store (PostgreSQL) can implement
 * it; the SQLite adapter resolves immediately. Calls for one workspace are issued in order
 * by its room, so adapters need not reorder anything.
 */
export interface Store extends SeriesStore, SessionStore {
  createWorkspace(workspace: WorkspaceRecord, links: LinkRecord[], initialUpdate: Uint8Array): Promise<void>;
  getWorkspace(id: string): Promise<WorkspaceRecord | undefined>;
  renameWorkspace(id: string, title: string): Promise<void>;
  getLink(id: string): Promise<LinkRecord | undefined>;
  revokeLink(id: string, revokedAt: number): Promise<void>;
  /** Every link of a workspace, oldest first. */
  listLinks(workspaceId: string): Promise<LinkRecord[]>;
  /** Bumps the link's generation; returns the new one (undefined: no such link). */
  rotateLink(id: string): Promise<number | undefined>;
  touchLink(id: string, usedAt: number): Promise<void>;
  createParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(id: string): Promise<ParticipantRecord | undefined>;
  /** Every participant of a workspace, removed ones included, oldest first. */
  listParticipants(workspaceId: string): Promise<ParticipantRecord[]>;
  renameParticipant(id: string, name: string): Promise<void>;
  removeParticipant(id: string, removedAt: number): Promise<void>;
  loadUpdates(workspaceId: string): Promise<Uint8Array[]>;
  /** `author`: the participant whose socket sent the update; omitted for the server's own changes. */
  appendUpdate(workspaceId: string, update: Uint8Array, createdAt: number, author?: string): Promise<void>;
  /** The author of each row of the update log, in order (null: the server's own). */
  updateAuthors(workspaceId: string): Promise<(string | null)[]>;
  /**
   * Replaces the whole log of a workspace with one snapshot and keeps that state as a
   * `compaction` snapshot (unless it equals the newest one), thinning older snapshots, atomically.
   */
  replaceUpdates(workspaceId: string, snapshot: Uint8Array, createdAt: number): Promise<void>;
  countUpdates(workspaceId: string): Promise<number>;
  /**
   * Notes that a workspace's log was replaced by an earlier state: `dropped` is the state vector
   * of the log it replaced, `restored` the one of the state it went back to.
   */
  recordRewind(workspaceId: string, rewind: Rewind, createdAt: number): Promise<void>;
  listRewinds(workspaceId: string): Promise<Rewind[]>;
  /** Keeps a state for rollback (then thins the workspace's snapshots); returns its id. */
  saveSnapshot(workspaceId: string, data: Uint8Array, createdAt: number, reason: SnapshotReason): Promise<number>;
  /** Newest first, without their data. */
  listSnapshots(workspaceId: string): Promise<SnapshotInfo[]>;
  loadSnapshot(id: number): Promise<SnapshotRecord | undefined>;
  /** Every workspace id, oldest first (the operator's `check`). */
  listWorkspaceIds(): Promise<string[]>;
  /** Adds a link to an existing workspace (the operator's `link`). */
  createLink(link: LinkRecord): Promise<void>;
  close(): Promise<void>;
}
