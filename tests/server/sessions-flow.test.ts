import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readWorkspace, cellLevel } from "../../lib/collab";
import { readOutcomes, readSessions } from "../../lib/collab/read-sessions";
import { sessionDetailSchema, sessionListSchema, type SessionDetail } from "../../lib/contract/sessions";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";
import { joinAs, sessionApi, type Person } from "./helpers/sessions";

const quiet = () => undefined;
const cell = (areaId: string, optionId: string) => ({ kind: "cell" as const, areaId, optionId });
const strategyPartnership = cell("strategy", "partnership");
const strategyStatusQuo = cell("strategy", "status-quo");
const armsLikelihood = { kind: "threat" as const, threatId: "arms-trafficking", field: "likelihood" as const };

describe("a rating session from start to recorded outcome", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  let fran: Person;
  let ana: Person;
  let ben: Person;
  let cy: Person;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
  });
  afterEach(() => {
    pool.destroyAll();
    for (const person of [fran, ana, ben, cy]) person?.socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("counts answers live in the document, reveals on close, and records into the matrix", async () => {
    workspace = await createWorkspace(server.url, { title: "Workshop", template: "rand-mexico-2009" });
    fran = await joinAs(server, workspace, workspace.tokens.facilitator, "Fran");
    ana = await joinAs(server, workspace, workspace.tokens.analyst, "Ana");
    ben = await joinAs(server, workspace, workspace.tokens.analyst, "Ben");
    cy = await joinAs(server, workspace, workspace.tokens.analyst, "Cy");
    const watcher = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Vic");

    const created = await sessionApi(server, workspace, "", fran, {
      json: { title: "Round robin", targets: [strategyPartnership, strategyStatusQuo, armsLikelihood] },
    });
    expect(created.status).toBe(201);
    const { id } = created.body as { id: string };
    expect(created.body).toEqual({ id, round: 1, status: "open" });

    await expect
      .poll(() => readSessions(watcher.doc, quiet)[0])
      .toMatchObject({
        id,
        status: "open",
        round: 1,
        eligible: 3,
        answered: { "cell:strategy|partnership": 0 },
      });

    const answer = (who: Person, target: object, value: unknown, reason?: string) =>
      sessionApi(server, workspace, `/${id}/answers`, who, { method: "PUT", json: { target, value, reason } });
    expect((await answer(ana, strategyPartnership, "high", "Works with Mexico")).status).toBe(200);
    await expect.poll(() => readSessions(watcher.doc, quiet)[0]?.answered["cell:strategy|partnership"]).toBe(1);
    await answer(ben, strategyPartnership, "high", "Shared burden");
    await answer(cy, strategyPartnership, "low", "Too slow");
    await answer(cy, strategyPartnership, "high"); // changes their mind: one answer per person
    for (const who of [ana, ben, cy]) {
      await answer(who, strategyStatusQuo, who === ana ? "low" : "medium");
      await answer(who, armsLikelihood, who === cy ? "abstain" : 4);
    }
    await expect.poll(() => readSessions(watcher.doc, quiet)[0]?.complete).toBe(3);
    expect(readSessions(watcher.doc, quiet)[0]?.answered["cell:strategy|partnership"]).toBe(3);

    const closed = await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });
    expect(closed.status).toBe(200);
    await expect.poll(() => readSessions(watcher.doc, quiet)[0]?.status).toBe("closed");
    const published = readSessions(watcher.doc, quiet)[0]?.results ?? {};
    expect(published["cell:strategy|partnership"]).toMatchObject({
      n: 3,
      counts: { high: 3, medium: 0, low: 0 },
      median: 3,
      flag: "agreement",
      reasons: [
        { value: "high", reason: "Shared burden" },
        { value: "high", reason: "Works with Mexico" },
      ],
    });
    expect(published["threat:arms-trafficking:likelihood"]).toMatchObject({
      answered: 3,
      abstentions: 1,
      n: 2,
      flag: null,
    });

    const detail = (await sessionApi(server, workspace, `/${id}`, ana)).body as SessionDetail;
    // What the page parses: every caller's view fits the contract.
    for (const who of [ana, fran, { token: workspace.tokens.viewer }]) {
      const view = (await sessionApi(server, workspace, `/${id}`, who)).body;
      expect(sessionDetailSchema.safeParse(view).error).toBeUndefined();
    }
    expect(detail.targets.find((target) => target.key === "cell:strategy|status-quo")?.results).toMatchObject({
      counts: { high: 0, medium: 2, low: 1 },
      median: 2,
    });

    const next = await sessionApi(server, workspace, `/${id}/rounds`, fran, { json: { targets: "disagreed" } });
    expect(next.status).toBe(201);
    expect(next.body).toEqual({ id, round: 2, status: "open" });
    await expect
      .poll(() => readSessions(watcher.doc, quiet)[0]?.targets)
      .toEqual(["cell:strategy|status-quo", "threat:arms-trafficking:likelihood"]);
    const second = (await sessionApi(server, workspace, `/${id}`, ana)).body as SessionDetail;
    expect(second.targets[0]?.previous).toMatchObject({ counts: { high: 0, medium: 2, low: 1 } });
    expect(second.targets[0]?.mine).toBeUndefined();
    await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });

    const recorded = await sessionApi(server, workspace, `/${id}/record`, fran, {
      json: { outcomes: [{ target: strategyPartnership }, { target: armsLikelihood, value: 4 }] },
    });
    expect(recorded.status).toBe(200);
    await expect.poll(() => cellLevel(readWorkspace(watcher.doc, quiet), "strategy", "partnership")).toBe("high");
    expect(readWorkspace(watcher.doc, quiet).ratings["strategy|partnership"]).toMatchObject({ byName: "Fran" });
    await expect
      .poll(() => readWorkspace(watcher.doc, quiet).threats.find((t) => t.id === "arms-trafficking")?.likelihood)
      .toBe(4);
    expect(readOutcomes(watcher.doc, quiet)["cell:strategy|partnership"]).toMatchObject({
      sessionId: id,
      round: 1,
      value: "high",
      n: 3,
      eligible: 3,
      flag: "agreement",
      recordedBy: "Fran",
      dissent: [],
    });

    const before = readOutcomes(watcher.doc, quiet)["threat:arms-trafficking:likelihood"]?.previous ?? null;
    const reverted = await sessionApi(server, workspace, `/${id}/revert`, fran, { json: { target: armsLikelihood } });
    expect(reverted.status).toBe(200);
    await expect.poll(() => readOutcomes(watcher.doc, quiet)["threat:arms-trafficking:likelihood"]).toBeUndefined();
    expect(readWorkspace(watcher.doc, quiet).threats.find((t) => t.id === "arms-trafficking")?.likelihood).toBe(before);

    const history = (await sessionApi(server, workspace, `/${id}`, ana)).body as SessionDetail;
    expect(history.recordings).toEqual([
      expect.objectContaining({
        key: "cell:strategy|partnership",
        value: "high",
        recordedBy: "Fran",
        revertedAt: null,
      }),
      expect.objectContaining({ key: "threat:arms-trafficking:likelihood", value: 4, revertedAt: expect.any(Number) }),
    ]);

    const csv = await fetch(`${server.url}/api/workspaces/${workspace.id}/sessions/${id}/results.csv`, {
      headers: { authorization: `Bearer ${workspace.tokens.viewer}` },
    });
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv/);
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toBe(
      "round,target,label,n,high,medium,low,score_1,score_2,score_3,score_4,score_5,abstentions,median,iqr,modal_share,agreement,recorded",
    );
    expect(lines).toHaveLength(1 + 3 + 2);
    expect(lines[1]).toMatch(/^1,cell:strategy\|partnership,.*,3,3,0,0,,,,,,0,3,0,1\.000,agreement,high$/);

    const finished = await sessionApi(server, workspace, `/${id}/finish`, fran, { method: "POST" });
    expect(finished.status).toBe(200);
    const list = await sessionApi(server, workspace, "", ana);
    expect(sessionListSchema.safeParse(list.body).success).toBe(true);
    expect(list.body).toMatchObject({ sessions: [{ id, status: "finished", round: 2, targetCount: 3 }] });
  });
});
