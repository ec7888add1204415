import { afterAll, describe, expect, it } from "vitest";
import type { SessionDetail } from "../../lib/contract/sessions";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, registerParticipant } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";
import { joinAs, sessionApi } from "./helpers/sessions";

const cell = { kind: "cell", areaId: "strategy", optionId: "partnership" } as const;

describe("a round's timer", () => {
  const data = makeDataDir();
  let server: RunningServer | undefined;

  afterAll(async () => {
    await server?.close();
    data.remove();
  });

  it("survives a restart with its answers and closes the round at the deadline with nobody connected", async () => {
    server = await startTestServer(data.dataDir);
    const workspace = await createWorkspace(server.url, { title: "Timed", template: "rand-mexico-2009" });
    const fran = {
      token: workspace.tokens.facilitator,
      participant: await registerParticipant(server.url, workspace.id, workspace.tokens.facilitator, "Fran"),
    };
    const ana = await joinAs(server, workspace, workspace.tokens.analyst, "Ana");
    const created = await sessionApi(server, workspace, "", fran, { json: { targets: [cell], durationSec: 10 } });
    const { id } = created.body as { id: string };
    const answered = await sessionApi(server, workspace, `/${id}/answers`, ana, {
      method: "PUT",
      json: { target: cell, value: "high", reason: "before the restart" },
    });
    expect(answered.status).toBe(200);
    const before = (await sessionApi(server, workspace, `/${id}`, ana)).body as SessionDetail;
    expect(before.deadline).toEqual(expect.any(Number));

    ana.socket.close();
    await server.close();
    server = await startTestServer(data.dataDir);
    const running = server;

    const after = (await sessionApi(running, workspace, `/${id}`, ana)).body as SessionDetail;
    expect(after).toMatchObject({ status: "open", round: 1, deadline: before.deadline });
    expect(after.targets[0]?.mine).toEqual({ value: "high", reason: "before the restart" });

    // Nobody is connected: the server's own timer, armed again at start, closes the round.
    await expect
      .poll(async () => ((await sessionApi(running, workspace, `/${id}`, fran)).body as SessionDetail).status, {
        timeout: 20_000,
        interval: 500,
      })
      .toBe("closed");
    const closed = (await sessionApi(running, workspace, `/${id}`, fran)).body as SessionDetail;
    expect(closed.targets[0]?.results).toMatchObject({ n: 1, counts: { high: 1 } });
    expect(closed.history[0]?.closedAt).toBeGreaterThanOrEqual(before.deadline ?? Infinity);
  }, 40_000);
});
