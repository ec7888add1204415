import type { ClientSpec } from "./lean-client";
import type { SerializedHistogram } from "./stats";

export interface EditRequest {
  op: "edit";
  /** Wall-clock time the schedule starts (same for every worker). */
  startAt: number;
  warmupMs: number;
  durationMs: number;
  /** Time after the last edit for relayed updates to arrive. */
  drainMs: number;
  /** Edits per second of each writer; a worker sends them round-robin over its writers. */
  ratePerWriter: number;
}

export type WorkerRequest =
  | { op: "connect"; clients: ClientSpec[]; concurrency: number }
  /** Connects each client, waits for its sync and closes it again, one after the other. */
  | { op: "visit"; clients: ClientSpec[] }
  | EditRequest
  | { op: "close" }
  | { op: "expect-close" }
  | { op: "reconnect"; concurrency: number };

export type WorkerReply = { seq: number; ok: true; result: unknown } | { seq: number; ok: false; error: string };

export interface ConnectResult {
  connected: number;
  failed: number;
  /** The first few failures, to say what went wrong. */
  errors: string[];
  /** Milliseconds from opening each socket to the server's sync step 2. */
  sync: SerializedHistogram;
  /** Wall-clock time the last client of this worker synced. */
  lastSyncedAt: number;
}

/** One worker's share of an edit window; bench/aggregate.ts combines them. */
export interface EditReport {
  /** Edit-to-remote latency at every receiver (own echoes excluded). */
  latency: SerializedHistogram;
  /** The same, only at receivers that never write (viewers). */
  viewerLatency: SerializedHistogram;
  received: number;
  /** The sender's own update coming back (the reference echoes; Mesa does not). */
  echoes: number;
  /** Updates whose rating stamp could not be read. */
  unstamped: number;
  sent: number;
  sentByRoom: Record<string, number>;
  unexpectedCloses: number;
}
