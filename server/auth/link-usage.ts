/** A link's "last used" is written to the store at most this often; the exact time is kept in memory. */
export const LAST_USED_WRITE_MS = 60_000;

export interface LinkUsage {
  /** A call or socket used the link now. */
  used(linkId: string, at?: number): void;
  /** The latest use this process saw, if any (newer than what the store may hold). */
  lastUsed(linkId: string): number | undefined;
}

/**
 * Every API call and socket open counts as a use, so writing each one would put a write on
 * every request: uses are remembered in memory and written once per LAST_USED_WRITE_MS per link.
 */
export function linkUsage(
  write: (linkId: string, at: number) => Promise<void>,
  onError: (error: unknown) => void,
): LinkUsage {
  const latest = new Map<string, number>();
  const written = new Map<string, number>();
  return {
    used(linkId, at = Date.now()) {
      latest.set(linkId, at);
      const last = written.get(linkId);
      if (last !== undefined && at - last < LAST_USED_WRITE_MS) return;
      written.set(linkId, at);
      write(linkId, at).catch(onError);
    },
    lastUsed: (linkId) => latest.get(linkId),
  };
}
