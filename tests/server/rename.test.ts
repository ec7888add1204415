import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { readWorkspace } from "../../lib/collab";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;

/** The title is server-owned in the document: a facilitator renames through the API only. */
describe("PATCH /api/workspaces/:id", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
    workspace = await createWorkspace(server.url, { title: "Before", template: "blank" });
  });
  afterEach(() => pool.destroyAll());
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("renames for a facilitator: the record and every open copy of the document", async () => {
    const analyst = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const renamed = await api(server.url, `/api/workspaces/${workspace.id}`, {
      method: "PATCH",
      token: workspace.tokens.facilitator,
      json: { title: "  After the workshop  " },
    });
    expect(renamed).toMatchObject({ status: 200, body: { id: workspace.id, title: "After the workshop" } });
    await expect.poll(() => readWorkspace(analyst.doc, quiet).meta.title).toBe("After the workshop");
    const info = await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens.viewer });
    expect(info.body).toMatchObject({ title: "After the workshop" });
  });

  it.each(["analyst", "viewer"] as const)("refuses an %s link with 403", async (role) => {
    const response = await api(server.url, `/api/workspaces/${workspace.id}`, {
      method: "PATCH",
      token: workspace.tokens[role],
      json: { title: "Hijacked" },
    });
    expect(response).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    const info = await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens.viewer });
    expect(info.body).not.toMatchObject({ title: "Hijacked" });
  });

  it.each([
    ["an empty title", ""],
    ["a title of zero-width spaces", "\u200b\u200b"],
    ["a title over 200 characters", "t".repeat(201)],
  ])("answers %s with 400 naming the field", async (_name, title) => {
    const response = await api(server.url, `/api/workspaces/${workspace.id}`, {
      method: "PATCH",
      token: workspace.tokens.facilitator,
      json: { title },
    });
    expect(response).toMatchObject({ status: 400, body: { error: { code: "invalid_body", field: "title" } } });
  });
});
