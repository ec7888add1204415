import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { publishSession, setRecordedOutcome } from "@/lib/collab/write-sessions";
import type { PublishedSession } from "@/lib/contract/sessions";
import { sessionStores } from "./session-stores";

function published(status: PublishedSession["status"], lock = true): PublishedSession {
  return {
    id: "s1",
    title: "Workshop",
    status,
    round: 1,
    deadline: null,
    anonymous: true,
    lock,
    targets: ["cell:a|o", "threat:t:impact"],
    eligible: 3,
    answered: { "cell:a|o": 1, "threat:t:impact": 0 },
    complete: 0,
    updatedAt: 1,
  };
}

describe("session stores", () => {
  it("lock an open round's targets on the update that opens it, and free them on the one that closes it", () => {
    const doc = new Y.Doc();
    const stores = sessionStores(doc);
    const seen: string[][] = [];
    // As React does: read the snapshot inside the change notification, here before the
    // sessions store has heard of the update.
    stores.locked.subscribe(() => seen.push([...stores.locked.getSnapshot()]));
    stores.sessions.subscribe(() => undefined);
    publishSession(doc, published("open"));
    publishSession(doc, { ...published("closed"), updatedAt: 2 });
    expect(seen).toEqual([["cell:a|o", "threat:t:impact"], []]);
  });

  it("lock nothing when the session chose no lock, and keep one snapshot while nothing changed", () => {
    const doc = new Y.Doc();
    const stores = sessionStores(doc);
    stores.locked.subscribe(() => undefined);
    stores.sessions.subscribe(() => undefined);
    publishSession(doc, published("open", false));
    expect([...stores.locked.getSnapshot()]).toEqual([]);
    const first = stores.sessions.getSnapshot();
    doc.getMap("ratings").set("x|y", { level: "high" });
    expect(stores.sessions.getSnapshot()).toBe(first);
    expect(first.map((entry) => entry.status)).toEqual(["open"]);
  });

  it("read recorded outcomes by target key", () => {
    const doc = new Y.Doc();
    const stores = sessionStores(doc);
    stores.outcomes.subscribe(() => undefined);
    setRecordedOutcome(doc, "cell:a|o", {
      sessionId: "s1",
      sessionTitle: "Workshop",
      round: 2,
      value: "high",
      previous: null,
      n: 6,
      eligible: 7,
      counts: { high: 5, medium: 1, low: 0 },
      modalShare: 5 / 6,
      flag: "agreement",
      dissent: [{ value: "medium", reason: "Costs rise." }],
      recordedAt: 3,
      recordedBy: "Fran",
    });
    expect(stores.outcomes.getSnapshot()["cell:a|o"]?.round).toBe(2);
  });
});
