import { CLOSE, isFinalClose } from "@/lib/contract/close-codes";

/**
 * What the page does after its socket closed:
 * - `retry`: a transient loss (network, server restart, a local watchdog close), retried with backoff;
 * - `retryLater`: too many sockets; retried, but slowly, so a crowded room is not hammered;
 * - `reregister`: the participant token was refused, so register again before reconnecting;
 * - `restored`: the operator rolled the workspace back; start from a fresh copy of the document;
 * - `stop`: a final answer (revoked, deleted, too large, cannot open): say so, do not retry.
 */
export type CloseAction = "retry" | "retryLater" | "reregister" | "restored" | "stop";

/** `code` is null when the page closed the socket itself (y-websocket's silence watchdog). */
export function closeAction(code: number | null): CloseAction {
  if (code === null) return "retry";
  switch (code) {
    case CLOSE.participantRefused:
      return "reregister";
    case CLOSE.restored:
      return "restored";
    case CLOSE.tooManySockets:
      return "retryLater";
    default:
      return isFinalClose(code) ? "stop" : "retry";
  }
}

export interface BackoffRange {
  minMs: number;
  maxMs: number;
}

/** After a lost connection: first try within a second, then up to half a minute apart. */
export const RECONNECT_BACKOFF: BackoffRange = { minMs: 500, maxMs: 30_000 };

/** After "too many sockets": other tabs or people have to leave first, so wait minutes, not seconds. */
export const CROWDED_BACKOFF: BackoffRange = { minMs: 30_000, maxMs: 120_000 };

/**
 * Delay before reconnect attempt `attempt` (0 for the first): "full jitter" between `minMs` and
 * a ceiling that doubles per attempt up to `maxMs`, so a server restart does not bring every
 * page back in the same instant (y-websocket's own schedule, min(2^n·100 ms, 2.5 s), would).
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, range = RECONNECT_BACKOFF): number {
  const ceiling = Math.min(range.maxMs, range.minMs * 2 ** (Math.max(0, attempt) + 1));
  return Math.round(range.minMs + random() * (ceiling - range.minMs));
}
