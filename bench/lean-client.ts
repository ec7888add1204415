import { WebSocket } from "ws";
import * as Y from "yjs";
import {
  awarenessFrame,
  EMPTY_STATE_VECTOR,
  EMPTY_UPDATE,
  readServerFrame,
  SYNC_STEP_1,
  SYNC_STEP_2,
  SYNC_UPDATE,
  syncFrame,
  wallNow,
} from "./wire";

/** What the orchestrator asks a worker to connect. */
export interface ClientSpec {
  /** Unique across the run: seeds the client's choice of ratings and names its presence. */
  id: string;
  /**
   * The participant a Mesa writer registered and bound its socket to: its ratings carry it
   * as their author, as the page's do. Unset for viewers and on the reference.
   */
  participantId?: string;
  url: string;
  /** Clients of one room share the state they keep (see `keepState`). */
  room: string;
  writer: boolean;
  /** Announce one presence entry after connecting, as the page does. */
  presence: boolean;
  /** Keep the synced state and offer it back after a reconnect, as a provider's Y.Doc would. */
  keepState: boolean;
  /** An update to send before syncing: seeds a reference room with the workspace template. */
  seed?: Uint8Array;
}

/** Room state shared by the clients of one worker (they would all hold the same document). */
export class RoomStates {
  private readonly states = new Map<string, { update: Uint8Array; vector: Uint8Array }>();
  private readonly diffs = new Map<string, Uint8Array>();

  remember(room: string, update: Uint8Array): void {
    if (this.states.has(room)) return;
    this.states.set(room, { update, vector: Y.encodeStateVectorFromUpdate(update) });
  }

  vector(room: string): Uint8Array {
    return this.states.get(room)?.vector ?? EMPTY_STATE_VECTOR;
  }

  /** What this room's copy holds that a peer with `vector` lacks (the sync step 2 answer). */
  missing(room: string, vector: Uint8Array): Uint8Array {
    const state = this.states.get(room);
    if (!state) return EMPTY_UPDATE;
    const key = `${room}:${Buffer.from(vector).toString("base64")}`;
    let diff = this.diffs.get(key);
    if (!diff) {
      diff = Y.diffUpdate(state.update, vector);
      this.diffs.set(key, diff);
    }
    return diff;
  }
}

export interface ClientHooks {
  onUpdate(client: LeanClient, update: Uint8Array, receivedAt: number): void;
  /** The server's sync step 2 (its whole document for a fresh client) arrived. */
  onSynced(client: LeanClient, state: Uint8Array): void;
  onUnexpectedClose(client: LeanClient, code: number): void;
}

/** The author id a client's ratings carry, which also tells its own echoes apart. */
export function authorOf(spec: ClientSpec): string {
  return spec.participantId ?? spec.id;
}

const CONNECT_TIMEOUT_MS = 60_000;

/**
 * A y-websocket client without a provider: it speaks sync step 1/2, updates and awareness
 * with lib0, and holds a Y.Doc only when it writes.
 */
export class LeanClient {
  private socket: WebSocket | undefined;
  private closing = false;

  constructor(
    readonly spec: ClientSpec,
    private readonly states: RoomStates,
    private readonly hooks: ClientHooks,
  ) {}

  get isOpen(): boolean {
    return this.socket?.readyState === WebSocket.OPEN;
  }

  /** Opens the socket and resolves with the milliseconds until the server's sync step 2 arrived. */
  connect(): Promise<number> {
    const started = wallNow();
    this.closing = false;
    const socket = new WebSocket(this.spec.url, { perMessageDeflate: false });
    this.socket = socket;
    return new Promise<number>((resolve, reject) => {
      let synced = false;
      const timer = setTimeout(() => fail(new Error(`no sync within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
      const fail = (error: Error) => {
        clearTimeout(timer);
        socket.terminate();
        reject(error);
      };
      socket.on("unexpected-response", (_request, response) => {
        fail(new Error(`upgrade refused with HTTP ${response.statusCode ?? "?"}`));
      });
      socket.on("error", (error) => {
        if (!synced) fail(error);
      });
      socket.on("open", () => {
        if (this.spec.seed) socket.send(syncFrame(SYNC_UPDATE, this.spec.seed));
        socket.send(syncFrame(SYNC_STEP_1, this.states.vector(this.spec.room)));
        if (this.spec.presence) {
          socket.send(awarenessFrame(clientIdOf(this.spec.id), { user: { name: this.spec.id, color: "#0072B2" } }));
        }
      });
      socket.on("message", (data: Buffer) => {
        const receivedAt = wallNow();
        const frame = readServerFrame(data);
        if (frame.kind === "update") {
          this.hooks.onUpdate(this, frame.payload, receivedAt);
        } else if (frame.kind === "step1") {
          socket.send(syncFrame(SYNC_STEP_2, this.states.missing(this.spec.room, frame.payload)));
        } else if (frame.kind === "step2" && !synced) {
          synced = true;
          clearTimeout(timer);
          if (this.spec.keepState) this.states.remember(this.spec.room, frame.payload.slice());
          this.hooks.onSynced(this, frame.payload);
          resolve(receivedAt - started);
        }
      });
      socket.on("close", (code) => {
        if (!synced) fail(new Error(`socket closed with ${code} before it synced`));
        else if (!this.closing) this.hooks.onUnexpectedClose(this, code);
      });
    });
  }

  send(frame: Uint8Array): void {
    if (this.isOpen) this.socket?.send(frame);
  }

  /** Closes on purpose (no unexpected-close report); resolves once the socket is closed. */
  close(): Promise<void> {
    this.closing = true;
    const socket = this.socket;
    if (!socket || socket.readyState === WebSocket.CLOSED) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once("close", () => resolve());
      socket.close();
      setTimeout(() => socket.terminate(), 2_000).unref();
    });
  }

  /** Expect the server to go away (a restart): its close is not a failure. */
  expectClose(): void {
    this.closing = true;
  }
}

function clientIdOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash;
}
