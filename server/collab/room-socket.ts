import type { Refusal, Role } from "../../lib/contract";

/** The person a socket writes for, once bound: the participant the server registered. */
export interface BoundParticipant {
  id: string;
  name: string;
}

/** A participant with a socket in a room, and the link it came with. */
export interface ConnectedParticipant extends BoundParticipant {
  role: Role;
  linkId: string;
}

/** What a room needs from one connected socket. */
export interface RoomSocket {
  readonly role: Role;
  readonly linkId: string;
  /** Set once the socket proved a participant token; until then it is read-only. */
  readonly participant: BoundParticipant | undefined;
  /** An analyst or facilitator link, bound to a participant. */
  readonly canWrite: boolean;
  send(frame: Uint8Array): void;
  /** Tells the client why something it sent was refused; the socket stays open. */
  refuse(refusal: Refusal): void;
  close(code: number, reason: string): void;
  /** Closes the socket because of a frame it sent; logs why. */
  reject(code: 1003 | 1007 | 1008, reason: string, error?: unknown): void;
}
