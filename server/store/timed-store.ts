import type { StoreOperation } from "../metrics";
import type { Store } from "./store";

const TIMED: Readonly<Record<string, StoreOperation>> = {
  appendUpdate: "append",
  replaceUpdates: "replace",
  loadUpdates: "load",
};

/**
 * The same store, reporting how long the calls on a room's path take (append, compaction,
 * load). A proxy rather than a wrapper class, so methods added to `Store` later pass
 * through untouched.
 */
export function timedStore(store: Store, observe: (operation: StoreOperation, seconds: number) => void): Store {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver);
      if (typeof value !== "function") return value;
      const operation = typeof property === "string" ? TIMED[property] : undefined;
      const method = value as (...args: unknown[]) => unknown;
      if (operation === undefined) return method.bind(target);
      return async (...args: unknown[]) => {
        const started = process.hrtime.bigint();
        try {
          return await method.apply(target, args);
        } finally {
          observe(operation, Number(process.hrtime.bigint() - started) / 1e9);
        }
      };
    },
  });
}
