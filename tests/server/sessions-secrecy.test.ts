import { randomBytes } from "node:crypto";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readSessions } from "../../lib/collab/read-sessions";
import type { SessionDetail } from "../../lib/contract/sessions";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, type ApiResponse, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";
import { joinAs, receivedText, sessionApi, type Person } from "./helpers/sessions";

const quiet = () => undefined;
const target = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;
const other = { kind: "cell", areaId: "strategy", optionId: "status-quo" } as const;

/** Every response body a spy collected, as text, to search for what it must not hold. */
function bodies(responses: ApiResponse[]): string {
  return responses.map((response) => JSON.stringify(response.body ?? null)).join("\n");
}

describe("answers stay secret until the round closes", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  const people: Person[] = [];

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
  });
  afterEach(() => {
    for (const person of people.splice(0)) person.socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  async function panel() {
    workspace = await createWorkspace(server.url, { title: "Secret", template: "rand-mexico-2009" });
    const fran = await joinAs(server, workspace, workspace.tokens.facilitator, "Fran");
    const ana = await joinAs(server, workspace, workspace.tokens.analyst, "Ana Secretname");
    const ben = await joinAs(server, workspace, workspace.tokens.analyst, "Ben");
    const vic = await joinAs(server, workspace, workspace.tokens.viewer, "Vic");
    people.push(fran, ana, ben, vic);
    return { fran, ana, ben, vic };
  }

  /** What a modified client with a link can ask the API about a session. */
  async function probe(who: Person, sessionId: string): Promise<ApiResponse[]> {
    const responses = await Promise.all([
      sessionApi(server, workspace, "", who),
      sessionApi(server, workspace, `/${sessionId}`, who),
      sessionApi(server, workspace, `/${sessionId}`, { token: who.token }),
      sessionApi(server, workspace, `/${sessionId}/close`, who, { method: "POST" }),
      sessionApi(server, workspace, `/${sessionId}/record`, who, { json: { outcomes: [{ target }] } }),
      sessionApi(server, workspace, `/${sessionId}/answers`, who, {
        method: "PUT",
        json: { target, value: "abstain" },
      }),
    ]);
    const csv = await fetch(`${server.url}/api/workspaces/${workspace.id}/sessions/${sessionId}/results.csv`, {
      headers: { authorization: `Bearer ${who.token}` },
    });
    return [...responses, { status: csv.status, headers: csv.headers, body: await csv.text() }];
  }

  it("sends no open answer or reason to another analyst, a viewer or the facilitator, by socket or API", async () => {
    const { fran, ana, ben, vic } = await panel();
    const created = await sessionApi(server, workspace, "", fran, {
      json: { targets: [target, other], anonymous: false },
    });
    const { id } = created.body as { id: string };
    const secret = `reason-${randomBytes(8).toString("hex")}`;

    const answered = await sessionApi(server, workspace, `/${id}/answers`, ana, {
      method: "PUT",
      json: { target, value: "low", reason: secret },
    });
    expect(answered.status).toBe(200);
    // Everyone sees the count: it is pushed, so once it arrived anything else would have too.
    for (const watcher of [ben, vic, fran]) {
      const doc = await watcher.socket.fetchDoc();
      expect(readSessions(doc, quiet)[0]?.answered["cell:strategy|partnership"]).toBe(1);
    }
    const probes = [...(await probe(ben, id)), ...(await probe(vic, id))];
    expect(probes.map((response) => response.status)).toContain(200);
    const facilitatorView = await sessionApi(server, workspace, `/${id}`, fran);

    for (const watcher of [ben, vic, fran]) expect(receivedText(watcher.socket, secret)).toBe(false);
    expect(bodies([...probes, facilitatorView])).not.toContain(secret);
    const benView = probes[1]?.body as SessionDetail;
    expect(benView.targets.every((entry) => entry.mine === undefined && entry.results === undefined)).toBe(true);
    // The facilitator sees who has answered, never what.
    const list = (facilitatorView.body as SessionDetail).participants.list ?? [];
    expect(list.find((person) => person.id === ana.participant.participantId)).toMatchObject({ answered: 1 });
    expect(JSON.stringify(facilitatorView.body)).not.toContain('"low"');

    // The author alone reads their answer back.
    const own = (await sessionApi(server, workspace, `/${id}`, ana)).body as SessionDetail;
    expect(own.targets[0]?.mine).toEqual({ value: "low", reason: secret });

    // After close the reason is revealed to all, its author's name only to analysts and the facilitator.
    await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });
    await expect.poll(() => receivedText(vic.socket, secret)).toBe(true);
    for (const watcher of [ben, vic, fran]) expect(receivedText(watcher.socket, "Ana Secretname")).toBe(false);
    const viewerView = await sessionApi(server, workspace, `/${id}`, vic);
    expect(JSON.stringify(viewerView.body)).toContain(secret);
    expect(JSON.stringify(viewerView.body)).not.toContain("Ana Secretname");
    const named = (await sessionApi(server, workspace, `/${id}`, ben)).body as SessionDetail;
    expect(named.targets[0]?.results?.reasons).toEqual([{ value: "low", reason: secret, name: "Ana Secretname" }]);
  });

  it("never names authors of an anonymous session, not even to the facilitator", async () => {
    const { fran, ana, ben } = await panel();
    const { id } = (await sessionApi(server, workspace, "", fran, { json: { targets: [target] } })).body as {
      id: string;
    };
    await sessionApi(server, workspace, `/${id}/answers`, ana, {
      method: "PUT",
      json: { target, value: "high", reason: "Because" },
    });
    await sessionApi(server, workspace, `/${id}/close`, fran, { method: "POST" });
    for (const who of [fran, ben]) {
      const view = (await sessionApi(server, workspace, `/${id}`, who)).body as SessionDetail;
      expect(view.targets[0]?.results?.reasons).toEqual([{ value: "high", reason: "Because" }]);
      expect(view.history[0]?.results[0]?.results.reasons).toEqual([{ value: "high", reason: "Because" }]);
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(await ben.socket.fetchDoc()));
    expect(JSON.stringify(readSessions(doc, quiet))).not.toContain("Ana Secretname");
  });
});
