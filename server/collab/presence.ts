import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Refusal } from "../../lib/contract";
import { TokenBucket, type CollabLimits } from "./limits";
import { decodeAwarenessEntries, encodeAwarenessEntries, type AwarenessEntry } from "./protocol";
import type { RoomSocket } from "./room-socket";

/**
 * Presence that cannot be forged. y-protocols applies any client's awareness entry for any
 * client id, so the room decodes each update first: a socket may set or clear only client
 * ids it introduced, or that the same participant introduced on another socket (a reconnect
 * can arrive before the dead socket is dropped); a state names the bound person and the
 * link's real role whatever the client wrote; states are bounded in size and rate.
 */
export class Presence {
  readonly awareness: awarenessProtocol.Awareness;
  /** Who introduced each client id: a participant id, or the socket itself while unbound. */
  private readonly owners = new Map<number, string | RoomSocket>();
  private readonly clientsOf = new Map<RoomSocket, Set<number>>();
  private readonly rates = new Map<RoomSocket, TokenBucket>();

  constructor(
    doc: Y.Doc,
    private readonly limits: CollabLimits,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server is not a participant: it must not appear in anyone's presence list.
    this.awareness.setLocalState(null);
  }

  /** Applies what `socket` may say of the update; returns a refusal for what it may not. */
  receive(socket: RoomSocket, update: Uint8Array): Refusal | undefined {
    const rate = this.rates.get(socket) ?? new TokenBucket(this.limits.awarenessPerSecond, this.limits.awarenessBurst);
    this.rates.set(socket, rate);
    if (!rate.take()) return refusal("Presence updates are sent too often; some were dropped.");
    const accepted: AwarenessEntry[] = [];
    let refused: Refusal | undefined;
    for (const entry of decodeAwarenessEntries(update)) {
      const owner = this.owners.get(entry.clientId);
      const own = owner === socket || (owner !== undefined && owner === socket.participant?.id);
      // Clients echo every state they receive and announce removals of states that timed out on
      // their side; neither is anyone speaking for someone else, and both are ignored.
      const known = this.awareness.meta.get(entry.clientId);
      if (!own && (entry.state === "null" || (known !== undefined && entry.clock <= known.clock))) continue;
      if (owner !== undefined && !own) {
        refused = refusal("Presence can be set only for your own connection.");
        continue;
      }
      if (owner === undefined && (this.clientsOf.get(socket)?.size ?? 0) >= CLIENT_IDS_PER_SOCKET) {
        refused = refusal("One connection presents one person.");
        continue;
      }
      if (entry.state.length > this.limits.maxAwarenessStateBytes) {
        refused = refusal(`A presence state is limited to ${this.limits.maxAwarenessStateBytes} bytes.`);
        continue;
      }
      const state = entry.state === "null" ? "null" : this.stamp(socket, entry.state);
      if (state === undefined) {
        refused = refusal("A presence state must be a JSON object, sent once the connection knows its person.");
        continue;
      }
      accepted.push({ ...entry, state });
      this.claim(socket, entry.clientId);
    }
    if (accepted.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(accepted), socket);
    }
    return refused;
  }

  /** Clears the presence a closed socket set, unless another socket of its person took it over. */
  remove(socket: RoomSocket): void {
    this.rates.delete(socket);
    const clients = this.clientsOf.get(socket);
    this.clientsOf.delete(socket);
    if (!clients) return;
    const gone = [...clients].filter((clientId) => this.currentSocket(clientId) === undefined);
    for (const clientId of gone) this.owners.delete(clientId);
    if (gone.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, gone, null);
  }

  /**
   * Re-stamps the presence a participant's sockets set with its new name and relays it to
   * everyone, its own sockets included (they adopt the higher clock), so a rename shows at once.
   */
  rename(participantId: string, name: string): void {
    const entries: AwarenessEntry[] = [];
    for (const [clientId, owner] of this.owners) {
      const ownerId = typeof owner === "string" ? owner : owner.participant?.id;
      const state = this.awareness.getStates().get(clientId);
      const meta = this.awareness.meta.get(clientId);
      if (ownerId !== participantId || !state || !meta) continue;
      const user = typeof state.user === "object" && state.user !== null ? (state.user as object) : {};
      entries.push({ clientId, clock: meta.clock + 1, state: JSON.stringify({ ...state, user: { ...user, name } }) });
    }
    if (entries.length > 0) {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), null);
    }
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private currentSocket(clientId: number): RoomSocket | undefined {
    for (const [socket, clients] of this.clientsOf) if (clients.has(clientId)) return socket;
    return undefined;
  }

  private claim(socket: RoomSocket, clientId: number): void {
    this.owners.set(clientId, socket.participant?.id ?? socket);
    // A reconnect of the same person takes the client id over from the socket that is dying.
    for (const [other, clients] of this.clientsOf) if (other !== socket) clients.delete(clientId);
    const clients = this.clientsOf.get(socket) ?? new Set<number>();
    clients.add(clientId);
    this.clientsOf.set(socket, clients);
  }

  /** The state with the bound person's id and name and the link's role; undefined if not allowed. */
  private stamp(socket: RoomSocket, json: string): string | undefined {
    const participant = socket.participant;
    if (!participant) return undefined;
    let state: unknown;
    try {
      state = JSON.parse(json);
    } catch {
      return undefined;
    }
    if (typeof state !== "object" || state === null || Array.isArray(state)) return undefined;
    const record = state as Record<string, unknown>;
    const user = typeof record.user === "object" && record.user !== null ? record.user : {};
    return JSON.stringify({
      ...record,
      user: { ...user, id: participant.id, name: participant.name, role: socket.role },
    });
  }
}

/** A page presents one client id per socket; Yjs may pick a new one once, on a clash. */
const CLIENT_IDS_PER_SOCKET = 2;

function refusal(message: string): Refusal {
  return { code: "awareness", message };
}
