import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { countWaitingChanges, type SyncLink } from "./waiting-changes";

/** Stands in for the provider: only its connection flags and `sync` event matter here. */
class FakeLink implements SyncLink {
  wsconnected = false;
  synced = false;
  private listeners = new Set<(synced: boolean) => void>();
  on(_event: "sync", listener: (synced: boolean) => void) {
    this.listeners.add(listener);
  }
  off(_event: "sync", listener: (synced: boolean) => void) {
    this.listeners.delete(listener);
  }
  setSynced(synced: boolean) {
    this.wsconnected = synced;
    this.synced = synced;
    for (const listener of this.listeners) listener(synced);
  }
}

function rate(doc: Y.Doc, key: string, origin?: unknown) {
  doc.transact(() => doc.getMap("ratings").set(key, "high"), origin);
}

describe("countWaitingChanges", () => {
  it("counts local changes while offline and resets once synced", () => {
    const doc = new Y.Doc();
    const link = new FakeLink();
    let notified = 0;
    const waiting = countWaitingChanges(doc, link, () => (notified += 1));
    rate(doc, "a");
    rate(doc, "b");
    rate(doc, "c");
    expect(waiting.count()).toBe(3);
    link.setSynced(true);
    expect(waiting.count()).toBe(0);
    expect(notified).toBe(4);
  });

  it("does not count changes made while live, nor changes that came from the server", () => {
    const doc = new Y.Doc();
    const link = new FakeLink();
    const waiting = countWaitingChanges(doc, link, () => undefined);
    rate(doc, "remote", link);
    expect(waiting.count()).toBe(0);
    link.setSynced(true);
    rate(doc, "live");
    expect(waiting.count()).toBe(0);
    link.setSynced(false);
    rate(doc, "offline");
    expect(waiting.count()).toBe(1);
  });

  it("stops counting when stopped", () => {
    const doc = new Y.Doc();
    const link = new FakeLink();
    const waiting = countWaitingChanges(doc, link, () => undefined);
    waiting.stop();
    rate(doc, "a");
    expect(waiting.count()).toBe(0);
  });
});
