import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool, waitSynced } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";

/** Someone renames themselves: everyone's presence list shows the new name at once. */
describe("PATCH /api/workspaces/:id/participants/me", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
    workspace = await createWorkspace(server.url);
  });
  afterEach(() => pool.destroyAll());
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("re-stamps the renamed person's presence for everyone, and what they send later carries the new name", async () => {
    const ana = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst, "Ana");
    const renaming = pool.connect(server, workspace.id, workspace.tokens.analyst, {
      participant: ana.participantToken,
    });
    const watcher = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Watcher");
    await waitSynced(renaming);
    renaming.awareness.setLocalState({ user: { name: "Ana", color: "#0072B2" }, focus: null });
    const seenName = () => {
      const state = watcher.awareness.getStates().get(renaming.awareness.clientID) as { user?: { name?: string } };
      return state?.user?.name;
    };
    await expect.poll(seenName).toBe("Ana");

    const response = await api(server.url, `/api/workspaces/${workspace.id}/participants/me`, {
      method: "PATCH",
      token: workspace.tokens.analyst,
      headers: { "x-participant-token": ana.participantToken },
      json: { name: "Ana Ruiz" },
    });
    expect(response).toMatchObject({ status: 200, body: { participantId: ana.participantId, name: "Ana Ruiz" } });
    await expect.poll(seenName).toBe("Ana Ruiz");

    // A client that still claims the old name is stamped with the one on record.
    renaming.awareness.setLocalStateField("user", { name: "Ana", color: "#0072B2" });
    renaming.awareness.setLocalStateField("focus", { kind: "matrix" });
    await expect
      .poll(() => (watcher.awareness.getStates().get(renaming.awareness.clientID) as { focus?: unknown })?.focus)
      .toBeTruthy();
    expect(seenName()).toBe("Ana Ruiz");
  });
});
