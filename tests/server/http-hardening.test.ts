import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";

const CSV = "year,value\n2008,14006\n2009,19803\n";
const METRICS_TOKEN = "scrape-token-0123456789";

/** A POST with exactly these headers: fetch would add a content type of its own. */
function rawPost(
  baseUrl: string,
  path: string,
  body: string | Buffer,
  headers: Record<string, string>,
): Promise<{ status: number; body: { error?: { code: string; message: string; field?: string } } }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      `${baseUrl}${path}`,
      { method: "POST", headers: { "content-length": String(Buffer.byteLength(body)), ...headers } },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

describe("API headers, media types and visible titles", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir, { metrics: { token: METRICS_TOKEN } });
    workspace = await createWorkspace(server.url);
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("sends the security headers on answers, errors and unknown routes alike", async () => {
    const answers = await Promise.all([
      api(server.url, "/api/health"),
      api(server.url, "/api/series"),
      api(server.url, "/api/workspaces", { json: { title: "Headers" } }),
      api(server.url, "/api/workspaces", { json: { title: "" } }),
      api(server.url, `/api/workspaces/${workspace.id}`),
      api(server.url, "/api/no-such-route"),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 201, 400, 401, 404]);
    for (const answer of answers) {
      expect(answer.headers.get("x-content-type-options")).toBe("nosniff");
      expect(answer.headers.get("referrer-policy")).toBe("no-referrer");
      expect(answer.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expect(answer.headers.get("x-frame-options")).toBe("DENY");
    }
  });

  it("sends them on /metrics too", async () => {
    const response = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
  });

  it("answers a text/plain body with 415, as documented", async () => {
    const answer = await rawPost(server.url, "/api/workspaces", '{"title":"Plain"}', { "content-type": "text/plain" });
    expect(answer).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
  });

  it("answers a body without a content type with 415", async () => {
    const answer = await rawPost(server.url, "/api/workspaces", '{"title":"None"}', {});
    expect(answer).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
  });

  it("refuses a declared charset other than UTF-8 with 415 and says to send UTF-8", async () => {
    const latin1 = Buffer.from('{"title":"Seguridad en M\u00e9xico"}', "latin1");
    const answer = await rawPost(server.url, "/api/workspaces", latin1, {
      "content-type": "application/json; charset=iso-8859-1",
    });
    expect(answer).toMatchObject({ status: 415, body: { error: { code: "unsupported_media_type" } } });
    expect(answer.body.error?.message).toMatch(/iso-8859-1.*UTF-8/);
  });

  it.each(["application/json; charset=utf-8", 'application/json; charset="UTF-8"', "application/json;charset=utf8"])(
    "accepts %s",
    async (contentType) => {
      const answer = await rawPost(server.url, "/api/workspaces", '{"title":"UTF-8"}', { "content-type": contentType });
      expect(answer.status).toBe(201);
    },
  );

  it.each([
    ["a zero-width space", "\u200B"],
    ["bidi isolates and a soft hyphen", "\u2066\u00AD\u2069"],
    ["a NUL and spaces", " \u0000 "],
    ["a Hangul filler", "\u3164"],
  ])("refuses a workspace title of only %s, naming the field", async (_what, title) => {
    const answer = await api(server.url, "/api/workspaces", { json: { title } });
    expect(answer).toMatchObject({ status: 400, body: { error: { code: "invalid_body", field: "title" } } });
    expect((answer.body as { error: { message: string } }).error.message).toMatch(/^title must contain a visible/);
  });

  it("stores a title without its control and bidi characters, whitespace collapsed", async () => {
    const created = await api(server.url, "/api/workspaces", {
      json: { title: "  Mexico\u0000 \u202Esecurity\u202C\t\treview\u200B " },
    });
    expect(created.status).toBe(201);
    const { id, tokens } = created.body as CreatedWorkspace;
    const fetched = await api(server.url, `/api/workspaces/${id}`, { token: tokens.viewer });
    expect(fetched.body).toMatchObject({ title: "Mexico security review" });
  });

  it("cleans and checks participant names and series titles the same way", async () => {
    const path = `/api/workspaces/${workspace.id}/participants`;
    const invisible = await api(server.url, path, { token: workspace.tokens.analyst, json: { name: "\u200B\u2066" } });
    expect(invisible).toMatchObject({ status: 400, body: { error: { code: "invalid_body", field: "name" } } });

    const registered = await api(server.url, path, {
      token: workspace.tokens.analyst,
      json: { name: "An\u200Ba\u0007" },
    });
    expect(registered.status).toBe(201);
    const { participantToken } = registered.body as { participantToken: string };
    const me = await api(server.url, `${path}/me`, {
      token: workspace.tokens.analyst,
      headers: { "x-participant-token": participantToken },
    });
    expect(me.body).toMatchObject({ name: "Ana" });

    const series = (title: string) =>
      api(server.url, `/api/workspaces/${workspace.id}/series`, {
        token: workspace.tokens.analyst,
        headers: { "x-participant-token": participantToken },
        json: { title, unit: "count", source: "INEGI", csv: CSV },
      });
    await expect(series("\uFEFF\u200F")).resolves.toMatchObject({
      status: 400,
      body: { error: { code: "invalid_body", field: "title" } },
    });
    await expect(series("Homicides\u202E (copy)")).resolves.toMatchObject({
      status: 201,
      body: { title: "Homicides (copy)" },
    });
  });
});
