import type { Role } from "../store/store";

/** What a room needs from one connected socket. */
export interface Peer {
  readonly role: Role;
  readonly linkId: string;
  readonly canWrite: boolean;
  /** Awareness client ids this socket set, removed from presence when it closes. */
  readonly awarenessClients: Set<number>;
  send(frame: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Closes the socket because of a frame it sent; logs why. */
  reject(code: 1003 | 1007 | 1008, reason: string, error?: unknown): void;
}
