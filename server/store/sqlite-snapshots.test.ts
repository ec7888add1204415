import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openSqliteStore } from "./sqlite-store";
import type { Store } from "./store";

const HOUR = 60 * 60 * 1000;
const T0 = Date.UTC(2026, 0, 10);

let dataDir: string;
let store: Store;

beforeEach(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "mesa-snapshots-"));
  store = openSqliteStore(dataDir, { snapshotsKept: 4 });
  await store.createWorkspace({ id: "w1", title: "W", template: "blank", createdAt: T0 }, [], new Uint8Array([0]));
});

afterEach(async () => {
  await store.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const state = (byte: number) => new Uint8Array([byte, byte, byte]);

describe("snapshots in the SQLite store", () => {
  it("keeps each compacted state as a snapshot, newest first, with its size", async () => {
    await store.replaceUpdates("w1", state(1), T0 + 1);
    await store.replaceUpdates("w1", state(2), T0 + 2);
    const list = await store.listSnapshots("w1");
    expect(list.map((snapshot) => [snapshot.createdAt, snapshot.bytes, snapshot.reason])).toEqual([
      [T0 + 2, 3, "compaction"],
      [T0 + 1, 3, "compaction"],
    ]);
    const loaded = await store.loadSnapshot(list[1]!.id);
    expect(loaded?.data).toEqual(state(1));
    expect(loaded?.workspaceId).toBe("w1");
    expect(await store.loadUpdates("w1")).toEqual([state(2)]);
  });

  it("does not keep a compaction that changed nothing since the newest snapshot", async () => {
    await store.replaceUpdates("w1", state(1), T0 + 1);
    await store.replaceUpdates("w1", state(1), T0 + 2);
    expect(await store.listSnapshots("w1")).toHaveLength(1);
  });

  it("thins by age and keeps at most SNAPSHOTS_KEPT", async () => {
    // Six compactions an hour apart, then one now: the hourly ones past the limit go.
    for (let hour = 0; hour < 6; hour++) await store.replaceUpdates("w1", state(hour + 1), T0 + hour * HOUR);
    await store.replaceUpdates("w1", state(9), T0 + 6 * HOUR);
    const list = await store.listSnapshots("w1");
    expect(list.map((snapshot) => (snapshot.createdAt - T0) / HOUR)).toEqual([6, 5, 4, 3]);
  });

  it("saves a before-rollback snapshot and returns its id", async () => {
    const id = await store.saveSnapshot("w1", state(7), T0 + 5, "before-rollback");
    expect((await store.loadSnapshot(id))?.reason).toBe("before-rollback");
    expect(await store.loadSnapshot(id + 1000)).toBeUndefined();
  });

  it("lists workspace ids and adds links to an existing workspace", async () => {
    await store.createLink({
      id: "l1",
      workspaceId: "w1",
      role: "facilitator",
      label: "Replacement",
      createdAt: T0,
      expiresAt: null,
      revokedAt: null,
      generation: 0,
      lastUsedAt: null,
      view: "full",
    });
    expect((await store.getLink("l1"))?.label).toBe("Replacement");
    expect(await store.listWorkspaceIds()).toEqual(["w1"]);
  });
});
