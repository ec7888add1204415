/**
 * Every bound of the collaboration socket. Defaults suit a workshop (tens of people, some
 * behind one NAT address); each is configurable (server/config.ts) and docs/api.md lists them.
 */
export interface CollabLimits {
  /** Encoded size a workspace document may reach; writes beyond it are refused. */
  maxDocumentBytes: number;
  /** Bytes of updates waiting for missing history that one room holds before it drops them. */
  maxPendingBytes: number;
  /** Updates in a row from one socket that leave history missing before the socket is closed. */
  maxPendingUpdatesPerSocket: number;
  /** Size of one awareness state (JSON text). */
  maxAwarenessStateBytes: number;
  /** Awareness updates per second per socket (a token bucket, with this burst). */
  awarenessPerSecond: number;
  awarenessBurst: number;
  /** Messages per second per socket (a token bucket, with this burst); past it: close 1008. */
  messagesPerSecond: number;
  messagesBurst: number;
  /** Bytes queued to a socket that does not read before it is closed (4008). */
  maxSendBufferBytes: number;
  socketsPerRoom: number;
  socketsPerIp: number;
}

export const DEFAULT_COLLAB_LIMITS: CollabLimits = {
  maxDocumentBytes: 8 * 1024 * 1024,
  maxPendingBytes: 1024 * 1024,
  maxPendingUpdatesPerSocket: 50,
  maxAwarenessStateBytes: 4 * 1024,
  awarenessPerSecond: 10,
  awarenessBurst: 30,
  messagesPerSecond: 200,
  messagesBurst: 400,
  maxSendBufferBytes: 32 * 1024 * 1024,
  socketsPerRoom: 500,
  socketsPerIp: 500,
};

/** The largest frame a client may send: a first sync can carry a whole document. */
export function maxFrameBytes(limits: CollabLimits): number {
  return limits.maxDocumentBytes + 1024 * 1024;
}

/** Allows `perSecond` events on average and `burst` at once. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    now = Date.now(),
  ) {
    this.tokens = burst;
    this.last = now;
  }

  take(now = Date.now()): boolean {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The environment variable that sets each limit. */
export const COLLAB_LIMIT_ENV: Record<keyof CollabLimits, string> = {
  maxDocumentBytes: "MAX_DOCUMENT_BYTES",
  maxPendingBytes: "MAX_PENDING_BYTES",
  maxPendingUpdatesPerSocket: "MAX_PENDING_UPDATES_PER_SOCKET",
  maxAwarenessStateBytes: "MAX_AWARENESS_STATE_BYTES",
  awarenessPerSecond: "AWARENESS_PER_SECOND",
  awarenessBurst: "AWARENESS_BURST",
  messagesPerSecond: "MESSAGES_PER_SECOND",
  messagesBurst: "MESSAGES_BURST",
  maxSendBufferBytes: "MAX_SEND_BUFFER_BYTES",
  socketsPerRoom: "SOCKETS_PER_ROOM",
  socketsPerIp: "SOCKETS_PER_IP",
};

/** The limits set in `env`, each a whole number of at least 1; throws naming the variable at fault. */
export function collabLimitsFromEnv(env: Readonly<Record<string, string | undefined>>): Partial<CollabLimits> {
  const limits: Partial<CollabLimits> = {};
  for (const [name, variable] of Object.entries(COLLAB_LIMIT_ENV) as [keyof CollabLimits, string][]) {
    const raw = env[variable];
    if (raw === undefined || raw === "") continue;
    const value = Number(raw);
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new Error(`Invalid environment variable ${variable}: use a whole number of at least 1 (got "${raw}")`);
    }
    limits[name] = value;
  }
  return limits;
}
