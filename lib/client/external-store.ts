/** The pair useSyncExternalStore reads; getSnapshot returns the same object until something changed. */
export interface ExternalStore<T> {
  subscribe: (onChange: () => void) => () => void;
  getSnapshot: () => T;
}

/**
 * A store whose snapshot is recomputed lazily, only after `listen` reported a change, so a
 * burst of Yjs updates costs one read per render rather than one per update.
 */
export function derivedStore<T>(listen: (onChange: () => void) => () => void, compute: () => T): ExternalStore<T> {
  let version = 0;
  let cachedVersion = -1;
  let cached: T;
  const listeners = new Set<() => void>();
  let stop: (() => void) | undefined;

  function notify(): void {
    version += 1;
    for (const listener of listeners) listener();
  }

  return {
    subscribe(onChange) {
      listeners.add(onChange);
      if (!stop) {
        stop = listen(notify);
        // A snapshot read before anyone listened may have missed changes since: React reads
        // the snapshot while rendering and subscribes only after committing, and a socket's
        // events can land in between. The next read recomputes.
        version += 1;
      }
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) {
          stop?.();
          stop = undefined;
          // Changes while nobody listened were not counted: recompute on the next read.
          version += 1;
        }
      };
    },
    getSnapshot() {
      if (cachedVersion !== version) {
        cached = compute();
        cachedVersion = version;
      }
      return cached;
    },
  };
}
