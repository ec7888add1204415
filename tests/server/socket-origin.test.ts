import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { makeDataDir, socketBase, startTestServer } from "./helpers/server";

interface UpgradeAnswer {
  status: number;
  body?: { error: { code: string; message: string } };
}

/** A raw `ws` client that sends the Origin (and Host) a browser on another page would. */
function upgrade(url: string, headers: { origin?: string; host?: string }): Promise<UpgradeAnswer> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, {
      ...(headers.origin === undefined ? {} : { origin: headers.origin }),
      ...(headers.host === undefined ? {} : { headers: { host: headers.host } }),
    });
    socket.once("unexpected-response", (_request, response) => {
      let text = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (text += chunk));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) });
        socket.terminate();
      });
    });
    socket.once("open", () => {
      resolve({ status: 101 });
      socket.terminate();
    });
    socket.once("error", reject);
  });
}

describe("socket Origin check", () => {
  const data = makeDataDir();
  let server: RunningServer;
  let workspace: CreatedWorkspace;
  let url: string;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir, {
      publicUrl: "https://mesa.example.org",
      allowedOrigins: ["http://10.0.0.5:3000"],
    });
    workspace = await createWorkspace(server.url);
    url = `${socketBase(server)}/${workspace.id}?token=${workspace.tokens.analyst}`;
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("lets clients without an Origin in (scripts, tests, the bench): the token decides", async () => {
    await expect(upgrade(url, {})).resolves.toEqual({ status: 101 });
  });

  it("allows the request's own host over http or https, whatever PUBLIC_URL says", async () => {
    const own = new URL(server.url).host;
    await expect(upgrade(url, { origin: `http://${own}` })).resolves.toEqual({ status: 101 });
    await expect(upgrade(url, { origin: `https://${own}` })).resolves.toEqual({ status: 101 });
    await expect(upgrade(url, { origin: "http://mesa.lan:8080", host: "mesa.lan:8080" })).resolves.toEqual({
      status: 101,
    });
  });

  it("allows the PUBLIC_URL origin and ALLOWED_ORIGINS", async () => {
    await expect(upgrade(url, { origin: "https://mesa.example.org" })).resolves.toEqual({ status: 101 });
    await expect(upgrade(url, { origin: "http://10.0.0.5:3000" })).resolves.toEqual({ status: 101 });
  });

  it.each([
    ["another site", "https://evil.example"],
    ["the public host on another port", "https://mesa.example.org:8443"],
    ["the public host over http", "http://mesa.example.org"],
    ["an opaque origin", "null"],
  ])("refuses %s with 403 before the handshake, saying how to allow it", async (_what, origin) => {
    const answer = await upgrade(url, { origin });
    expect(answer).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(answer.body?.error.message).toContain(`Pages from ${origin} may not open this socket`);
    expect(answer.body?.error.message).toContain("ALLOWED_ORIGINS");
  });

  it("refuses a foreign origin even with a valid facilitator token", async () => {
    const facilitator = `${socketBase(server)}/${workspace.id}?token=${workspace.tokens.facilitator}`;
    await expect(upgrade(facilitator, { origin: "https://evil.example" })).resolves.toMatchObject({ status: 403 });
  });
});
