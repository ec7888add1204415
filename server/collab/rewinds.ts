import * as Y from "yjs";
import type { Rewind } from "../store/store";

/**
 * Whether a client's state vector shows it holds history that a log replacement dropped: for
 * some client id, more of that id's history than the restored state has, within what the
 * replaced log had. Its own later edits (beyond the dropped log) do not count, so a client
 * that only worked offline since is not sent away.
 */
export function holdsDroppedHistory(clientStateVector: Uint8Array, rewinds: readonly Rewind[]): boolean {
  if (rewinds.length === 0) return false;
  const client = Y.decodeStateVector(clientStateVector);
  return rewinds.some((rewind) => {
    const restored = Y.decodeStateVector(rewind.restored);
    for (const [clientId, droppedClock] of Y.decodeStateVector(rewind.dropped)) {
      if (Math.min(client.get(clientId) ?? 0, droppedClock) > (restored.get(clientId) ?? 0)) return true;
    }
    return false;
  });
}
