import type { Logger } from "../logger";
import type { Connection } from "./connection";

/**
 * Closes every open socket `predicate` picks (a revoked or rotated link, a removed
 * participant) with `code`, at once; returns how many it closed.
 */
export function closeWhere(
  connections: Iterable<Connection>,
  predicate: (connection: Connection) => boolean,
  close: { code: number; reason: string; logger: Logger },
): number {
  let closed = 0;
  for (const connection of connections) {
    if (!connection.isOpen || !predicate(connection)) continue;
    close.logger.info({ ...connection.identity, code: close.code }, "closing a socket whose access ended");
    connection.close(close.code, close.reason);
    closed++;
  }
  return closed;
}

/** Open sockets of one workspace, by link id. */
export function countByLink(connections: Iterable<Connection>, workspaceId: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const connection of connections) {
    if (connection.identity.workspaceId !== workspaceId || !connection.isOpen) continue;
    counts.set(connection.linkId, (counts.get(connection.linkId) ?? 0) + 1);
  }
  return counts;
}
