import type { ExternalStore } from "./external-store";
import type { RefusalInfo } from "./socket-messages";

export interface RefusalNotice extends RefusalInfo {
  id: number;
}

/** A few are enough to see what happened; older ones would only push the page down. */
export const MAX_REFUSALS = 3;

/** Newest first, at most `max`; the same refusal again (a person retrying) moves up instead of repeating. */
export function withRefusal(
  list: readonly RefusalNotice[],
  notice: RefusalNotice,
  max = MAX_REFUSALS,
): RefusalNotice[] {
  const others = list.filter(
    (item) => !(item.code === notice.code && item.message === notice.message && item.path === notice.path),
  );
  return [notice, ...others].slice(0, max);
}

export interface RefusalLog extends ExternalStore<readonly RefusalNotice[]> {
  add: (info: RefusalInfo) => void;
  dismiss: (id: number) => void;
}

/** What the server refused of this page's writes, for the page to show until dismissed. */
export function createRefusalLog(max = MAX_REFUSALS): RefusalLog {
  let list: readonly RefusalNotice[] = [];
  let nextId = 1;
  const listeners = new Set<() => void>();
  const set = (next: readonly RefusalNotice[]) => {
    list = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    getSnapshot: () => list,
    add: (info) => set(withRefusal(list, { ...info, id: nextId++ }, max)),
    dismiss: (id) => set(list.filter((item) => item.id !== id)),
  };
}
