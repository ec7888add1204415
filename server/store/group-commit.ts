interface Waiting<T> {
  item: T;
  resolve(): void;
  reject(error: unknown): void;
}

export interface GroupCommit<T> {
  /** Resolves once `item` is committed, together with everything added in the same event-loop turn. */
  add(item: T): Promise<void>;
  /** Commits whatever is waiting now; other store calls run it first so they see every append. */
  flush(): void;
}

/**
 * Group commit: writes requested during one event-loop turn share one transaction. A
 * transaction costs ~100–200 µs of system calls whatever it holds, so under load (when many
 * appends arrive in one turn) this is most of the cost of "persist, then relay". If the
 * shared transaction fails, each item is retried alone, so one bad row fails only its own.
 */
export function groupCommit<T>(commitAll: (items: T[]) => void, commitOne: (item: T) => void): GroupCommit<T> {
  let waiting: Waiting<T>[] = [];
  let scheduled = false;

  function flush(): void {
    const batch = waiting;
    waiting = [];
    if (batch.length === 0) return;
    try {
      commitAll(batch.map((entry) => entry.item));
    } catch {
      for (const entry of batch) {
        try {
          commitOne(entry.item);
          entry.resolve();
        } catch (error) {
          entry.reject(error);
        }
      }
      return;
    }
    for (const entry of batch) entry.resolve();
  }

  return {
    add(item) {
      return new Promise<void>((resolve, reject) => {
        waiting.push({ item, resolve, reject });
        if (scheduled) return;
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          flush();
        });
      });
    },
    flush,
  };
}
