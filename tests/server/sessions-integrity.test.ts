import type * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, removeThreat, setCellLevel, updateThreat } from "../../lib/collab";
import { readOutcomes, readSessions } from "../../lib/collab/read-sessions";
import type { PublishedSession, SessionDetail } from "../../lib/contract/sessions";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";
import { joinAs, sessionApi, type Person } from "./helpers/sessions";

const quiet = () => undefined;
const cell = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;
const threat = { kind: "threat", threatId: "arms-trafficking", field: "likelihood" } as const;
const mallory = { id: "mallory", name: "Mallory" };

/** Sessions and outcomes are written by the server only; an open round locks its targets. */
describe("server-owned session state and the lock", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  const people: Person[] = [];
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
  });
  afterEach(() => {
    pool.destroyAll();
    for (const person of people.splice(0)) person.socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  async function start(): Promise<{ id: string; fran: Person; ana: Person }> {
    workspace = await createWorkspace(server.url, { title: "Locks", template: "rand-mexico-2009" });
    const fran = await joinAs(server, workspace, workspace.tokens.facilitator, "Fran");
    const ana = await joinAs(server, workspace, workspace.tokens.analyst, "Ana");
    people.push(fran, ana);
    const created = await sessionApi(server, workspace, "", fran, { json: { targets: [cell, threat] } });
    return { id: (created.body as { id: string }).id, fran, ana };
  }

  it("refuses a client's forged session, count or consensus mark", async () => {
    const { id, ana } = await start();
    const copy = await ana.socket.fetchDoc();
    const published = readSessions(copy, quiet)[0] as PublishedSession;
    const forgeries: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getMap("sessions").set(id, { ...published, complete: 99, answered: {} }),
      (doc) => doc.getMap("sessions").set("forged", { ...published, id: "forged" }),
      (doc) => doc.getMap("sessions").delete(id),
      (doc) =>
        doc.getMap("outcomes").set("cell:strategy|partnership", {
          sessionId: id,
          sessionTitle: "Forged",
          round: 1,
          value: "high",
          previous: null,
          n: 9,
          eligible: 9,
          counts: { high: 9 },
          modalShare: 1,
          flag: "agreement",
          dissent: [],
          recordedAt: 1,
          recordedBy: "Fran",
        }),
    ];
    for (const [index, forge] of forgeries.entries()) {
      // Each on a fresh copy of the server's document, as a client that received the revert would hold it.
      ana.socket.sendEdit(await ana.socket.fetchDoc(), forge);
      await expect
        .poll(() => ana.socket.refusals().filter((refusal) => refusal.code === "server_owned").length)
        .toBe(index + 1);
    }
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Vic");
    expect(readSessions(fresh.doc, quiet)).toEqual([published]);
    expect(readOutcomes(fresh.doc, quiet)).toEqual({});
  });

  it("refuses direct edits of a locked cell and threat score while the round is open, and not after", async () => {
    const { id, fran, ana } = await start();
    const watcher = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Vic");
    const before = readWorkspace(watcher.doc, quiet);
    const copy = await ana.socket.fetchDoc();
    ana.socket.sendEdit(copy, (doc) => setCellLevel(doc, "strategy", "partnership", "medium", mallory));
    ana.socket.sendEdit(copy, (doc) => updateThreat(doc, "arms-trafficking", { likelihood: 1 }, mallory));
    ana.socket.sendEdit(copy, (doc) => updateThreat(doc, "arms-trafficking", { impact: 2 }, mallory));
    await expect
      .poll(() => ana.socket.refusals().filter((refusal) => refusal.code === "locked"))
      .toEqual([
        expect.objectContaining({
          path: "ratings.strategy|partnership",
          message: expect.stringMatching(/round is open/),
        }),
        expect.objectContaining({ path: expect.stringMatching(/^threats\[\d+\]\.likelihood$/) }),
      ]);
    await expect
      .poll(() => readWorkspace(watcher.doc, quiet).threats.find((t) => t.id === "arms-trafficking")?.impact)
      .toBe(2);
    const after = readWorkspace(watcher.doc, quiet);
    expect(cellLevel(after, "strategy", "partnership")).toBe(cellLevel(before, "strategy", "partnership"));
    expect(after.threats.find((t) => t.id === "arms-trafficking")?.likelihood).toBe(
      before.threats.find((t) => t.id === "arms-trafficking")?.likelihood,
    );

    await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });
    await expect.poll(() => readSessions(watcher.doc, quiet)[0]?.status).toBe("closed");
    const refused = ana.socket.refusals().length;
    ana.socket.sendEdit(await ana.socket.fetchDoc(), (doc) =>
      setCellLevel(doc, "strategy", "partnership", "medium", mallory),
    );
    await expect.poll(() => cellLevel(readWorkspace(watcher.doc, quiet), "strategy", "partnership")).toBe("medium");
    expect(ana.socket.refusals()).toHaveLength(refused);
  });

  it("drops a target whose threat is removed mid-round and keeps its answers", async () => {
    const { id, ana } = await start();
    await sessionApi(server, workspace, `/${id}/answers`, ana, { method: "PUT", json: { target: threat, value: 3 } });
    const editor = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst, "Eve");
    removeThreat(editor.doc, "arms-trafficking");
    // Pushed to everyone without anyone asking the API.
    await expect.poll(() => readSessions(editor.doc, quiet)[0]?.targets).toEqual(["cell:strategy|partnership"]);
    const view = (await sessionApi(server, workspace, `/${id}`, ana)).body as SessionDetail;
    expect(view.targets.find((target) => target.key === "threat:arms-trafficking:likelihood")?.dropped).toBe(true);
    const late = await sessionApi(server, workspace, `/${id}/answers`, ana, {
      method: "PUT",
      json: { target: threat, value: 4 },
    });
    expect(late.status).toBe(409);
    expect(await server.store.answers(id)).toEqual([
      expect.objectContaining({ targetKey: "threat:arms-trafficking:likelihood", value: 3 }),
    ]);
  });
});
