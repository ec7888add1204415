import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  createWorkspaceDoc,
  rationaleText,
  readWorkspace,
  removeRecord,
  removeThreat,
  setCellLevel,
  updateThreat,
  type WorkspaceSnapshot,
} from "./index";
import { restoreWorkspaceDoc, RESTORE_ORIGIN } from "./restore";
import { publishSession, removeRecordedOutcome, setRecordedOutcome } from "./write-sessions";
import type { PublishedSession, RecordedOutcome } from "../contract/sessions";

const AUTHOR = { id: "p1", name: "Ana" };

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

function read(doc: Y.Doc): WorkspaceSnapshot {
  return readWorkspace(doc, () => undefined);
}

/** A RAND workspace with a rating and a rationale, the state a snapshot would hold. */
function seeded(): Y.Doc {
  const doc = createWorkspaceDoc({ title: "Brief", template: "rand-mexico-2009", createdAt: 1 });
  const { areas, options } = read(doc);
  setCellLevel(doc, areas[0]!.id, options[0]!.id, "high", AUTHOR, 2);
  rationaleText(doc, areas[0]!.id, options[0]!.id).insert(0, "Because of the border.");
  return doc;
}

/** Deletes every option, area and threat, and edits what is left: an analyst's wipe. */
function wipe(doc: Y.Doc): void {
  const before = read(doc);
  for (const option of before.options) removeRecord(doc, "option", option.id);
  for (const area of before.areas) removeRecord(doc, "area", area.id);
  for (const threat of before.threats) removeThreat(doc, threat.id);
}

describe("restoreWorkspaceDoc", () => {
  it("makes a wiped document read exactly like the snapshot", () => {
    const live = seeded();
    const snapshot = copyOf(live);
    wipe(live);
    expect(read(live).options).toEqual([]);

    restoreWorkspaceDoc(live, snapshot);

    expect(read(live)).toEqual(read(snapshot));
    expect(read(live).threats.length).toBeGreaterThan(0);
  });

  it("keeps the published rating sessions and restores recorded outcomes with the content", () => {
    const live = seeded();
    const published = (status: PublishedSession["status"]): PublishedSession => ({
      id: "s1",
      title: "Workshop",
      status,
      round: 1,
      deadline: null,
      anonymous: true,
      lock: true,
      targets: ["cell:a|b"],
      eligible: 2,
      answered: {},
      complete: 0,
      updatedAt: 1,
    });
    const outcome: RecordedOutcome = {
      sessionId: "s1",
      sessionTitle: "Workshop",
      round: 1,
      value: "high",
      previous: null,
      n: 2,
      eligible: 2,
      counts: { high: 2, medium: 0, low: 0 },
      modalShare: 1,
      flag: null,
      dissent: [],
      recordedAt: 2,
      recordedBy: "Fran",
    };
    publishSession(live, published("open"));
    setRecordedOutcome(live, "cell:a|b", outcome);
    const snapshot = copyOf(live);
    publishSession(live, published("finished"));
    removeRecordedOutcome(live, "cell:a|b");

    restoreWorkspaceDoc(live, snapshot);

    expect(live.getMap("sessions").get("s1")).toEqual(published("finished"));
    expect(live.getMap("outcomes").get("cell:a|b")).toEqual(outcome);
  });

  it("undoes edits inside records and texts, and removes what the snapshot lacked", () => {
    const live = seeded();
    const snapshot = copyOf(live);
    const { areas, options, threats } = read(live);
    updateThreat(live, threats[0]!.id, { name: "Changed" }, AUTHOR);
    rationaleText(live, areas[0]!.id, options[0]!.id).insert(0, "Not ");
    setCellLevel(live, areas[1]!.id, options[1]!.id, "low", AUTHOR, 3);

    restoreWorkspaceDoc(live, snapshot);

    expect(read(live)).toEqual(read(snapshot));
  });

  it("is one transaction with the restore origin", () => {
    const live = seeded();
    const snapshot = copyOf(live);
    wipe(live);
    const origins: unknown[] = [];
    live.on("afterTransaction", (transaction: Y.Transaction) => origins.push(transaction.origin));
    restoreWorkspaceDoc(live, snapshot);
    expect(origins).toEqual([RESTORE_ORIGIN]);
  });

  it("converges on a third document that syncs afterwards", () => {
    const live = seeded();
    const snapshot = copyOf(live);
    wipe(live);
    restoreWorkspaceDoc(live, snapshot);
    const third = new Y.Doc();
    sync(live, third);
    expect(read(third)).toEqual(read(snapshot));
  });

  it("is not undone by a client that held the newer state and reconnects", () => {
    const live = seeded();
    const snapshot = copyOf(live);
    const client = copyOf(live);
    // The client wipes while connected, then goes offline with the wiped state.
    wipe(client);
    sync(client, live);
    const offline = copyOf(client);

    restoreWorkspaceDoc(live, snapshot);
    sync(offline, live);

    expect(read(live)).toEqual(read(snapshot));
    expect(read(offline)).toEqual(read(snapshot));
  });
});
