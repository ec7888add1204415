import { createHistogram, deserialize, mergeInto, type Histogram } from "./stats";
import type { ConnectResult, EditReport } from "./worker-messages";

export interface CombinedEdits {
  latency: Histogram;
  viewerLatency: Histogram;
  sent: number;
  received: number;
  echoes: number;
  unstamped: number;
  unexpectedCloses: number;
  /** Deliveries expected: every edit sent in the window, once per other client in its room. */
  expected: number;
}

/** Adds up the workers' shares of one edit window. `roomSizes` maps room → clients in it. */
export function combineEdits(reports: readonly EditReport[], roomSizes: ReadonlyMap<string, number>): CombinedEdits {
  const combined: CombinedEdits = {
    latency: createHistogram(),
    viewerLatency: createHistogram(),
    sent: 0,
    received: 0,
    echoes: 0,
    unstamped: 0,
    unexpectedCloses: 0,
    expected: 0,
  };
  for (const report of reports) {
    mergeInto(combined.latency, deserialize(report.latency));
    mergeInto(combined.viewerLatency, deserialize(report.viewerLatency));
    combined.sent += report.sent;
    combined.received += report.received;
    combined.echoes += report.echoes;
    combined.unstamped += report.unstamped;
    combined.unexpectedCloses += report.unexpectedCloses;
    for (const [room, sent] of Object.entries(report.sentByRoom)) {
      combined.expected += sent * Math.max(0, (roomSizes.get(room) ?? 1) - 1);
    }
  }
  return combined;
}

export interface CombinedConnects {
  connected: number;
  failed: number;
  errors: string[];
  sync: Histogram;
  lastSyncedAt: number;
}

export function combineConnects(results: readonly ConnectResult[]): CombinedConnects {
  const combined: CombinedConnects = { connected: 0, failed: 0, errors: [], sync: createHistogram(), lastSyncedAt: 0 };
  for (const result of results) {
    combined.connected += result.connected;
    combined.failed += result.failed;
    combined.errors.push(...result.errors);
    mergeInto(combined.sync, deserialize(result.sync));
    combined.lastSyncedAt = Math.max(combined.lastSyncedAt, result.lastSyncedAt);
  }
  return combined;
}

/** Deals items to `workers` shares round-robin, so each room's clients spread over processes. */
export function deal<T>(items: readonly T[], workers: number): T[][] {
  const shares: T[][] = Array.from({ length: workers }, () => []);
  items.forEach((item, index) => shares[index % workers]?.push(item));
  return shares;
}
