import { describe, expect, it } from "vitest";
import { derivedStore } from "./external-store";

/** A value with change events, like a provider's connection state. */
function source(initial: number) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    set(next: number) {
      value = next;
      for (const listener of listeners) listener();
    },
    read: () => ({ value }),
    listen(onChange: () => void) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
  };
}

describe("derivedStore", () => {
  it("returns the same snapshot until a change is reported", () => {
    const state = source(1);
    const store = derivedStore(state.listen, state.read);
    const stop = store.subscribe(() => undefined);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first);
    state.set(2);
    expect(store.getSnapshot()).not.toBe(first);
    expect(store.getSnapshot().value).toBe(2);
    stop();
  });

  it("sees a change made between a read and the first subscription", () => {
    // React reads while rendering and subscribes after committing; a socket can sync between.
    const state = source(1);
    const store = derivedStore(state.listen, state.read);
    expect(store.getSnapshot().value).toBe(1);
    state.set(2);
    const stop = store.subscribe(() => undefined);
    expect(store.getSnapshot().value).toBe(2);
    stop();
  });

  it("sees a change made while nobody listened", () => {
    const state = source(1);
    const store = derivedStore(state.listen, state.read);
    const stop = store.subscribe(() => undefined);
    expect(store.getSnapshot().value).toBe(1);
    stop();
    state.set(3);
    expect(store.getSnapshot().value).toBe(3);
  });

  it("tells its listeners about changes and stops listening when the last one leaves", () => {
    const state = source(1);
    const store = derivedStore(state.listen, state.read);
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    state.set(2);
    expect(calls).toBe(1);
    stop();
    state.set(3);
    expect(calls).toBe(1);
  });
});
