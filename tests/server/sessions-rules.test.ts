import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readSessions } from "../../lib/collab/read-sessions";
import type { SessionDetail } from "../../lib/contract/sessions";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";
import { joinAs, sessionApi, type Person } from "./helpers/sessions";

const cell = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;
const otherCell = { kind: "cell", areaId: "strategy", optionId: "status-quo" } as const;
const threat = { kind: "threat", threatId: "arms-trafficking", field: "impact" } as const;

describe("rating session rules", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  let fran: Person;
  let ana: Person;
  let ben: Person;
  const sockets: Person[] = [];

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
  });
  afterEach(() => {
    for (const person of sockets.splice(0)) person.socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  async function open(body: object = {}): Promise<string> {
    workspace = await createWorkspace(server.url, { title: "Rules", template: "rand-mexico-2009" });
    fran = await joinAs(server, workspace, workspace.tokens.facilitator, "Fran");
    ana = await joinAs(server, workspace, workspace.tokens.analyst, "Ana");
    ben = await joinAs(server, workspace, workspace.tokens.analyst, "Ben");
    sockets.push(fran, ana, ben);
    const created = await sessionApi(server, workspace, "", fran, { json: { targets: [cell, threat], ...body } });
    expect(created.status).toBe(201);
    return (created.body as { id: string }).id;
  }
  const answer = (id: string, who: { token: string; participant?: Person["participant"] }, json: object) =>
    sessionApi(server, workspace, `/${id}/answers`, who, { method: "PUT", json });
  const detail = async (id: string, who: Person) =>
    (await sessionApi(server, workspace, `/${id}`, who)).body as SessionDetail;

  it("enforces every route's role", async () => {
    const id = await open();
    const viewer = { token: workspace.tokens.viewer };
    const analyst = { token: workspace.tokens.analyst };
    const facilitatorOnly: [string, string, object?][] = [
      ["POST", ""],
      ["POST", `/${id}/close`],
      ["POST", `/${id}/rounds`],
      ["POST", `/${id}/extend`, { seconds: 60 }],
      ["POST", `/${id}/finish`],
      ["POST", `/${id}/record`, { outcomes: [{ target: cell }] }],
      ["POST", `/${id}/revert`, { target: cell }],
      ["POST", `/${id}/participants/${ana.participant.participantId}/exclude`],
      ["POST", `/${id}/participants/${ana.participant.participantId}/admit`],
    ];
    for (const [method, path, json] of facilitatorOnly) {
      for (const who of [viewer, analyst]) {
        const response = await sessionApi(server, workspace, path, who, {
          method,
          json: json ?? { targets: "matrix" },
        });
        expect([path, response.status]).toEqual([path, 403]);
        expect(response.body).toMatchObject({ error: { code: "forbidden" } });
      }
      const anonymous = await sessionApi(server, workspace, path, { token: "" }, { method, json: json ?? {} });
      expect([path, anonymous.status]).toEqual([path, 401]);
    }
    for (const path of ["", `/${id}`, `/${id}/results.csv`]) {
      for (const token of Object.values(workspace.tokens)) {
        const response = await fetch(`${server.url}/api/workspaces/${workspace.id}/sessions${path}`, {
          headers: { authorization: `Bearer ${token}` },
        });
        expect([path, response.status]).toEqual([path, 200]);
      }
    }
    const vic = await registerParticipant(server.url, workspace.id, workspace.tokens.viewer, "Vic");
    expect(
      (await answer(id, { token: workspace.tokens.viewer, participant: vic }, { target: cell, value: "high" })).status,
    ).toBe(403);
    const noParticipant = await answer(id, analyst, { target: cell, value: "high" });
    expect(noParticipant.status).toBe(401);
    const facilitatorAnswer = await answer(id, fran, { target: cell, value: "high" });
    expect(facilitatorAnswer.status).toBe(403);
    expect(facilitatorAnswer.body).toMatchObject({ error: { message: expect.stringMatching(/without answering/) } });
    expect((await sessionApi(server, workspace, "/no-such-session", fran)).status).toBe(404);
  });

  it("keeps one answer per participant per target, the latest", async () => {
    const id = await open();
    expect((await answer(id, ana, { target: cell, value: "high", reason: "first" })).status).toBe(200);
    const again = await answer(id, ana, { target: cell, value: "low", reason: "second thoughts" });
    expect(again.body).toMatchObject({ answered: 1, eligible: 2, mine: { value: "low", reason: "second thoughts" } });
    const view = await detail(id, ana);
    expect(view.targets[0]).toMatchObject({ answered: 1, mine: { value: "low", reason: "second thoughts" } });
    expect(await server.store.answers(id)).toHaveLength(1);
    // A changed answer moves no count, so the published state is not rewritten.
    const published = async () => readSessions(await ben.socket.fetchDoc(), () => undefined)[0];
    const before = await published();
    await answer(id, ana, { target: cell, value: "medium" });
    expect(await published()).toEqual(before);
  });

  it("refuses out-of-scale values and targets outside the round with 400 naming the field", async () => {
    const id = await open();
    const cases: [object, string][] = [
      [{ target: cell, value: 3 }, "value"],
      [{ target: cell, value: "extreme" }, "value"],
      [{ target: threat, value: "high" }, "value"],
      [{ target: threat, value: 6 }, "value"],
      [{ target: threat, value: 2.5 }, "value"],
      [{ target: otherCell, value: "high" }, "target"],
      [{ target: { kind: "cell", areaId: "strategy" }, value: "high" }, "target"],
      [{ target: cell, value: "high", reason: "r".repeat(281) }, "reason"],
    ];
    for (const [json, field] of cases) {
      const response = await answer(id, ana, json);
      expect([json, response.status]).toEqual([json, 400]);
      expect((response.body as { error: { field: string } }).error.field).toMatch(new RegExp(`^${field}`));
    }
    expect(await server.store.answers(id)).toHaveLength(0);
  });

  it("keeps only what a reader sees of a reason, and starts one of two simultaneous sessions", async () => {
    const id = await open();
    const response = await answer(id, ana, { target: cell, value: "high", reason: "  safe\u202Eevil\u200B\nline  " });
    expect(response.body).toMatchObject({ mine: { value: "high", reason: "safeevil line" } });
    await sessionApi(server, workspace, `/${id}/finish`, fran, { method: "POST" });
    const starts = await Promise.all(
      [1, 2].map(() => sessionApi(server, workspace, "", fran, { json: { targets: [cell], title: "\u200B" } })),
    );
    expect(starts.map((start) => start.status).sort()).toEqual([201, 409]);
    const list = await sessionApi(server, workspace, "", fran);
    expect(list.body).toMatchObject({
      sessions: [{ title: "Rating session 2", status: "open" }, { status: "finished" }],
    });
  });

  it("answers 409 with a message to what the session's state does not allow", async () => {
    const id = await open();
    const post = (path: string, json?: object) =>
      sessionApi(server, workspace, `/${id}${path}`, fran, { json: json ?? {} });
    expect((await post("/rounds")).body).toMatchObject({
      error: { code: "conflict", message: expect.stringMatching(/Close the current round/) },
    });
    expect((await post("/revert", { target: cell })).status).toBe(409);
    await post("/finish");
    for (const [path, json] of [["/close"], ["/rounds"], ["/extend", { seconds: 60 }]] as const) {
      const response = await post(path, json);
      expect([path, response.status]).toEqual([path, 409]);
    }
    expect((await post("/finish")).body).toEqual({ id, status: "finished" });
    for (const who of [ana, { token: workspace.tokens.viewer }]) {
      expect((await sessionApi(server, workspace, `/${id}`, who)).body).not.toHaveProperty("participants.list");
    }
  });

  it("refuses a session it cannot start with 400 naming the field", async () => {
    workspace = await createWorkspace(server.url, { title: "Bad starts", template: "rand-mexico-2009" });
    const facilitator = { token: workspace.tokens.facilitator };
    const cases: [object, string][] = [
      [{ targets: "everything" }, "targets"],
      [{ targets: [] }, "targets"],
      [{ targets: [{ kind: "cell", areaId: "strategy", optionId: "no-such-option" }] }, "targets.0"],
      [{ targets: "matrix", durationSec: 5 }, "durationSec"],
      [{ targets: "matrix", rule: { levelShare: 2 } }, "rule.levelShare"],
      [{ targets: "matrix", admission: "anyone" }, "admission"],
    ];
    for (const [json, field] of cases) {
      const response = await sessionApi(server, workspace, "", facilitator, { json });
      expect([json, response.status, (response.body as { error: { field?: string } }).error.field]).toEqual([
        json,
        400,
        field,
      ]);
    }
    const blank = await createWorkspace(server.url, { title: "Blank", template: "blank" });
    const empty = await api(server.url, `/api/workspaces/${blank.id}/sessions`, {
      token: blank.tokens.facilitator,
      json: { targets: "threats" },
    });
    expect(empty.body).toMatchObject({ error: { field: "targets", message: expect.stringMatching(/nothing/) } });
  });

  it("refuses an answer after close with 409 and a message", async () => {
    const id = await open();
    await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });
    const late = await answer(id, ana, { target: cell, value: "high" });
    expect(late.status).toBe(409);
    expect(late.body).toMatchObject({ error: { code: "conflict", message: expect.stringMatching(/closed/) } });
    expect((await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" })).status).toBe(409);
  });

  it("lets the facilitator exclude someone and admit a late joiner", async () => {
    const id = await open();
    const dan = await joinAs(server, workspace, workspace.tokens.analyst, "Dan (private window)");
    sockets.push(dan);
    expect((await answer(id, dan, { target: cell, value: "high" })).status).toBe(403);
    const before = (await detail(id, fran)).participants;
    expect(before.count).toBe(2);
    expect(before.list?.find((person) => person.name.startsWith("Dan"))).toMatchObject({ excluded: true });

    const path = (who: Person, action: string) => `/${id}/participants/${who.participant.participantId}/${action}`;
    expect((await sessionApi(server, workspace, path(dan, "admit"), fran, { method: "POST" })).status).toBe(200);
    expect((await answer(id, dan, { target: cell, value: "high" })).status).toBe(200);
    expect((await sessionApi(server, workspace, path(ben, "exclude"), fran, { method: "POST" })).status).toBe(200);
    const refused = await answer(id, ben, { target: cell, value: "low" });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { message: expect.stringMatching(/excluded/) } });
    const after = await detail(id, fran);
    expect(after.participants.count).toBe(2);
    expect(after.canAnswer).toBe(false);
    expect((await detail(id, ben)).canAnswer).toBe(false);
    expect((await detail(id, dan)).canAnswer).toBe(true);
  });

  it("refuses the answers of someone removed from the workspace, and of everyone on a revoked link", async () => {
    const id = await open();
    const removal = await api(
      server.url,
      `/api/workspaces/${workspace.id}/participants/${ben.participant.participantId}`,
      {
        method: "DELETE",
        token: workspace.tokens.facilitator,
      },
    );
    expect(removal.status).toBe(204);
    const removed = await answer(id, ben, { target: cell, value: "low" });
    expect(removed.status).toBe(401);
    expect(removed.body).toMatchObject({ error: { code: "participant_removed" } });
    expect((await answer(id, ana, { target: cell, value: "high" })).status).toBe(200);

    const info = await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens.analyst });
    const linkId = (info.body as { linkId: string }).linkId;
    const revoke = await api(server.url, `/api/workspaces/${workspace.id}/links/${linkId}`, {
      method: "DELETE",
      token: workspace.tokens.facilitator,
    });
    expect(revoke.status).toBe(204);
    expect((await answer(id, ana, { target: cell, value: "low" })).status).toBe(401);
    expect((await detail(id, fran)).targets.find((view) => view.key === "cell:strategy|partnership")).toMatchObject({
      answered: 1,
    });
  });

  it("admits anyone who answers under open admission", async () => {
    const id = await open({ admission: "open" });
    const dan = await joinAs(server, workspace, workspace.tokens.analyst, "Dan");
    sockets.push(dan);
    const response = await answer(id, dan, { target: cell, value: "medium" });
    expect(response.body).toMatchObject({ answered: 1, eligible: 3 });
  });

  it("runs one session at a time, extends timers, and needs an explicit value for a median between levels", async () => {
    const id = await open({ durationSec: 60 });
    expect((await sessionApi(server, workspace, "", fran, { json: { targets: "all" } })).status).toBe(409);
    const deadline = (await detail(id, fran)).deadline ?? 0;
    const extended = await sessionApi(server, workspace, `/${id}/extend`, fran, { json: { seconds: 120 } });
    expect((extended.body as { deadline: number }).deadline).toBe(deadline + 120_000);
    expect((await detail(id, ana)).deadline).toBe(deadline + 120_000);

    await answer(id, ana, { target: cell, value: "high" });
    await answer(id, ben, { target: cell, value: "medium" });
    const early = await sessionApi(server, workspace, `/${id}/record`, fran, {
      json: { outcomes: [{ target: cell }] },
    });
    expect(early.status).toBe(409);
    await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });
    const between = await sessionApi(server, workspace, `/${id}/record`, fran, {
      json: { outcomes: [{ target: cell }] },
    });
    expect(between.status).toBe(400);
    expect(between.body).toMatchObject({
      error: { field: "outcomes.0.value", message: expect.stringMatching(/between medium and high/) },
    });
    const explicit = await sessionApi(server, workspace, `/${id}/record`, fran, {
      json: { outcomes: [{ target: cell, value: "medium" }] },
    });
    expect(explicit.status).toBe(200);
    const offScale = await sessionApi(server, workspace, `/${id}/record`, fran, {
      json: { outcomes: [{ target: cell, value: 4 }] },
    });
    expect(offScale.body).toMatchObject({ error: { field: "outcomes.0.value" } });
  });
});
