import type { TemplateId } from "../../lib/collab";
import type { SeriesStore } from "./series-store";

export type Role = "facilitator" | "analyst" | "viewer";
export type Template = TemplateId;

export interface WorkspaceRecord {
  id: string;
  title: string;
  template: Template;
  createdAt: number;
}

export interface LinkRecord {
  id: string;
  workspaceId: string;
  role: Role;
  label: string;
  createdAt: number;
  expiresAt: number | null;
  revokedAt: number | null;
}

export interface ParticipantRecord {
  id: string;
  workspaceId: string;
  linkId: string;
  name: string;
  createdAt: number;
}

/**
 * Persistence port. Every method is async so a networked store (PostgreSQL) can implement
 * it; the SQLite adapter resolves immediately. Calls for one workspace are issued in order
 * by its room, so adapters need not reorder anything.
 */
export interface Store extends SeriesStore {
  createWorkspace(workspace: WorkspaceRecord, links: LinkRecord[], initialUpdate: Uint8Array): Promise<void>;
  getWorkspace(id: string): Promise<WorkspaceRecord | undefined>;
  getLink(id: string): Promise<LinkRecord | undefined>;
  revokeLink(id: string, revokedAt: number): Promise<void>;
  createParticipant(participant: ParticipantRecord): Promise<void>;
  getParticipant(id: string): Promise<ParticipantRecord | undefined>;
  loadUpdates(workspaceId: string): Promise<Uint8Array[]>;
  appendUpdate(workspaceId: string, update: Uint8Array, createdAt: number): Promise<void>;
  /** Replaces the whole log of a workspace with one snapshot, atomically. */
  replaceUpdates(workspaceId: string, snapshot: Uint8Array, createdAt: number): Promise<void>;
  countUpdates(workspaceId: string): Promise<number>;
  close(): Promise<void>;
}
