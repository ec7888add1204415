import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type ApiResponse, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";

const CSV = "year,value,notes\n2009,19803,\n2008,14006,first year of the surge\n2010,,no figure yet\n";

interface Series {
  id: string;
  title: string;
  addedBy: { participantId: string; name: string };
  addedAt: number;
  points: { x: string; y: number | null }[];
}

describe("workspace series API", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  let other: CreatedWorkspace;
  let analyst: { token: string; participantToken: string; participantId: string };

  async function register(baseWorkspace: CreatedWorkspace, token: string, name: string) {
    const response = await api(server.url, `/api/workspaces/${baseWorkspace.id}/participants`, {
      token,
      json: { name },
    });
    expect(response.status).toBe(201);
    const body = response.body as { participantId: string; participantToken: string };
    return { token, ...body };
  }

  function post(
    target: CreatedWorkspace,
    who: { token: string; participantToken?: string },
    json: unknown,
  ): Promise<ApiResponse> {
    return api(server.url, `/api/workspaces/${target.id}/series`, {
      token: who.token,
      json,
      headers: who.participantToken ? { "x-participant-token": who.participantToken } : {},
    });
  }

  async function list(target: CreatedWorkspace, token: string): Promise<Series[]> {
    const response = await api(server.url, `/api/workspaces/${target.id}/series`, { token });
    expect(response.status).toBe(200);
    return (response.body as { series: Series[] }).series;
  }

  beforeAll(async () => {
    server = await startTestServer(data.dataDir);
    workspace = await createWorkspace(server.url);
    other = await createWorkspace(server.url);
    analyst = await register(workspace, workspace.tokens.analyst, "Ana");
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("imports a series for an analyst, stamped with who and when, and lists it to a viewer", async () => {
    const before = Date.now();
    const response = await post(workspace, analyst, { title: " Homicides ", unit: "count", source: "INEGI", csv: CSV });
    expect(response.status).toBe(201);
    const created = response.body as Series;
    expect(created).toMatchObject({
      id: expect.stringMatching(/^imported-[0-9a-f]+$/),
      title: "Homicides",
      unit: "count",
      xKind: "year",
      source: "INEGI",
      addedBy: { participantId: analyst.participantId, name: "Ana" },
    });
    expect(created.addedAt).toBeGreaterThanOrEqual(before);
    expect(created.points.map((point) => [point.x, point.y])).toEqual([
      ["2008", 14006],
      ["2009", 19803],
      ["2010", null],
    ]);
    expect(await list(workspace, workspace.tokens.viewer)).toContainEqual(created);
  });

  it("lets a facilitator import and refuses viewers, with or without a participant", async () => {
    const facilitator = await register(workspace, workspace.tokens.facilitator, "Fay");
    const json = { title: "By the facilitator", unit: "count", source: "S", csv: CSV };
    expect((await post(workspace, facilitator, json)).status).toBe(201);
    const viewer = await register(workspace, workspace.tokens.viewer, "Vera");
    const refused = await post(workspace, viewer, json);
    expect(refused).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    const [first] = await list(workspace, workspace.tokens.viewer);
    const remove = await api(server.url, `/api/workspaces/${workspace.id}/series/${first!.id}`, {
      method: "DELETE",
      token: workspace.tokens.viewer,
    });
    expect(remove).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
  });

  it("needs a participant token bound to the same link to import", async () => {
    const json = { title: "T", unit: "count", source: "S", csv: CSV };
    const missing = await post(workspace, { token: workspace.tokens.analyst }, json);
    const otherLink = await post(
      workspace,
      { token: workspace.tokens.facilitator, participantToken: analyst.participantToken },
      json,
    );
    for (const response of [missing, otherLink]) {
      expect(response).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    }
  });

  it.each([
    [{ unit: "count", csv: CSV }, "title"],
    [{ title: "x".repeat(201), unit: "count", csv: CSV }, "title"],
    [{ title: "T", unit: "people", csv: CSV }, "unit"],
    [{ title: "T", unit: "count", source: 7, csv: CSV }, "source"],
    [{ title: "T", unit: "count", description: "d".repeat(2001), csv: CSV }, "description"],
    [{ title: "T", unit: "count", source: "S" }, "csv"],
    // No source for the series and rows without their own source: nothing would be traceable.
    [{ title: "T", unit: "count", csv: CSV }, "source"],
  ])("refuses the body %j with 400 naming %s", async (json, field) => {
    const response = await post(workspace, analyst, json);
    expect(response).toMatchObject({ status: 400, body: { error: { code: "invalid_body", field } } });
  });

  it("answers a CSV with problems with 422, every problem's line and column, and imports nothing", async () => {
    const before = await list(workspace, workspace.tokens.analyst);
    const csv = "year,value\n2008,1\n2009,12x\n2009,3\n2023,\n2011,1,2\n";
    const response = await post(workspace, analyst, { title: "Broken", unit: "count", source: "S", csv });
    expect(response.status).toBe(422);
    expect(response.body).toEqual({
      error: {
        code: "invalid_csv",
        field: "csv",
        message: "The CSV has 3 problems. Nothing was imported: fix them and import again.",
        problems: [
          expect.objectContaining({
            line: 3,
            column: 2,
            columnName: "value",
            message: expect.stringMatching(/^Line 3/),
          }),
          expect.objectContaining({ line: 4, column: 1, columnName: "year" }),
          expect.objectContaining({ line: 6, column: null, columnName: null }),
        ],
      },
    });
    expect(await list(workspace, workspace.tokens.analyst)).toEqual(before);
    const empty = await post(workspace, analyst, { title: "Empty", unit: "count", source: "S", csv: "" });
    expect(empty).toMatchObject({ status: 422, body: { error: { problems: [{ line: 1 }] } } });
  });

  it("accepts a 5,000-row CSV, far over the 64 KB default body limit, and refuses bodies past its own limit", async () => {
    const rows = Array.from({ length: 5000 }, (_, index) => `${1000 + index},${index},row ${index} of the file`);
    const big = await post(workspace, analyst, {
      title: "Long",
      unit: "count",
      source: "S",
      csv: `year,value,notes\n${rows.join("\n")}`,
    });
    expect(big.status).toBe(201);
    expect((big.body as Series).points).toHaveLength(5000);
    const huge = await post(workspace, analyst, {
      title: "Huge",
      unit: "count",
      source: "S",
      csv: "x".repeat(2_200_000),
    });
    expect(huge).toMatchObject({
      status: 413,
      body: { error: { code: "payload_too_large", message: "The request body is larger than 2112 KB." } },
    });
    const removed = await api(server.url, `/api/workspaces/${workspace.id}/series/${(big.body as Series).id}`, {
      method: "DELETE",
      token: workspace.tokens.analyst,
    });
    expect(removed.status).toBe(204);
  });

  it("keeps workspaces apart", async () => {
    const [mine] = await list(workspace, workspace.tokens.analyst);
    expect(await list(other, other.tokens.viewer)).toEqual([]);
    const foreignToken = await api(server.url, `/api/workspaces/${workspace.id}/series`, {
      token: other.tokens.analyst,
    });
    expect(foreignToken.status).toBe(403);
    const viaOther = await api(server.url, `/api/workspaces/${other.id}/series/${mine!.id}`, {
      method: "DELETE",
      token: other.tokens.analyst,
    });
    expect(viaOther).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect(await list(workspace, workspace.tokens.analyst)).toContainEqual(mine);
  });

  it("removes a series for an analyst: 204, then 404 for it and for malformed ids", async () => {
    const created = (await post(workspace, analyst, { title: "Short-lived", unit: "count", source: "S", csv: CSV }))
      .body as Series;
    const path = `/api/workspaces/${workspace.id}/series/${created.id}`;
    const remove = () => api(server.url, path, { method: "DELETE", token: workspace.tokens.analyst });
    expect((await remove()).status).toBe(204);
    expect((await list(workspace, workspace.tokens.viewer)).map((series) => series.id)).not.toContain(created.id);
    expect(await remove()).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    const malformed = await api(server.url, `/api/workspaces/${workspace.id}/series/NOT_AN_ID`, {
      method: "DELETE",
      token: workspace.tokens.analyst,
    });
    expect(malformed).toMatchObject({ status: 400, body: { error: { code: "invalid_params", field: "seriesId" } } });
  });

  it("holds at most 50 series per workspace", async () => {
    const crowded = await createWorkspace(server.url);
    const ben = await register(crowded, crowded.tokens.analyst, "Ben");
    const json = { title: "One of many", unit: "count", source: "S", csv: "year,value\n2008,1\n" };
    for (let index = 0; index < 50; index += 1) expect((await post(crowded, ben, json)).status).toBe(201);
    const refused = await post(crowded, ben, json);
    expect(refused).toMatchObject({ status: 409, body: { error: { code: "limit_reached" } } });
    expect(await list(crowded, crowded.tokens.viewer)).toHaveLength(50);
  });

  it("keeps imported series across a server restart", async () => {
    const stored = await list(workspace, workspace.tokens.viewer);
    expect(stored.length).toBeGreaterThan(0);
    await server.close();
    server = await startTestServer(data.dataDir);
    expect(await list(workspace, workspace.tokens.viewer)).toEqual(stored);
  });
});
