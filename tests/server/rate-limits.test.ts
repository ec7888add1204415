import { afterEach, describe, expect, it } from "vitest";
import type { RunningServer, StartServerOptions } from "../../server/start-server";
import { api, createWorkspace, type ApiResponse } from "./helpers/api";
import { makeDataDir, startTestServer } from "./helpers/server";

const CSV = "year,value\n2008,14006\n";

describe("per-address limits", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function start(overrides: Partial<StartServerOptions>): Promise<RunningServer> {
    const data = makeDataDir();
    const server = await startTestServer(data.dataDir, overrides);
    cleanups.push(async () => {
      await server.close();
      data.remove();
    });
    return server;
  }

  function create(server: RunningServer, headers: Record<string, string> = {}): Promise<ApiResponse> {
    return api(server.url, "/api/workspaces", { json: { title: "Limited", template: "blank" }, headers });
  }

  function expectRateLimited(answer: ApiResponse, what: RegExp): void {
    expect(answer).toMatchObject({ status: 429, body: { error: { code: "rate_limited" } } });
    const message = (answer.body as { error: { message: string } }).error.message;
    expect(message).toMatch(what);
    expect(message).toMatch(/Retry in \d+ (minutes?|seconds?)/);
    const retryAfter = Number(answer.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
  }

  it("answers workspace creation past the limit with 429 rate_limited and Retry-After", async () => {
    const server = await start({ rateLimits: { createPer10Min: 2 } });
    expect((await create(server)).status).toBe(201);
    expect((await create(server)).status).toBe(201);
    expectRateLimited(
      await create(server),
      /Too many workspaces created from your address: at most 2 every 10 minutes/,
    );
    // Other calls are not counted.
    expect((await api(server.url, "/api/health")).status).toBe(200);
  });

  it("answers series imports past the limit with 429, across workspaces", async () => {
    const server = await start({ rateLimits: { importPer10Min: 1 } });
    const importInto = async () => {
      const workspace = await createWorkspace(server.url);
      const path = `/api/workspaces/${workspace.id}`;
      const joined = await api(server.url, `${path}/participants`, {
        token: workspace.tokens.analyst,
        json: { name: "Ana" },
      });
      return api(server.url, `${path}/series`, {
        token: workspace.tokens.analyst,
        headers: { "x-participant-token": (joined.body as { participantToken: string }).participantToken },
        json: { title: "Copy", unit: "count", source: "INEGI", csv: CSV },
      });
    };
    expect((await importInto()).status).toBe(201);
    expectRateLimited(await importInto(), /Too many series imports/);
  });

  it("turns a limit off with 0", async () => {
    const server = await start({ rateLimits: { createPer10Min: 0 } });
    for (let i = 0; i < 5; i += 1) expect((await create(server)).status).toBe(201);
  });

  it("counts the client named by a trusted proxy, and ignores X-Forwarded-For from anyone else", async () => {
    const direct = await start({ rateLimits: { createPer10Min: 1 } });
    expect((await create(direct, { "x-forwarded-for": "203.0.113.1" })).status).toBe(201);
    expect((await create(direct, { "x-forwarded-for": "203.0.113.2" })).status).toBe(429);

    for (const trustProxy of [["127.0.0.1"], 1] satisfies StartServerOptions["trustProxy"][]) {
      const proxied = await start({ rateLimits: { createPer10Min: 1 }, trustProxy });
      expect((await create(proxied, { "x-forwarded-for": "203.0.113.1" })).status).toBe(201);
      expect((await create(proxied, { "x-forwarded-for": "203.0.113.1" })).status).toBe(429);
      expect((await create(proxied, { "x-forwarded-for": "203.0.113.2" })).status).toBe(201);
    }
  });
});
