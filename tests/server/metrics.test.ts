import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SOCKET_PARAMS, registeredParticipantSchema } from "../../lib/contract";
import { setCellLevel } from "../../lib/collab";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { sample, scrape } from "./helpers/metrics";
import { waitSynced } from "./helpers/providers";
import { RawSocket } from "./helpers/raw-socket";
import { makeDataDir, socketBase, startTestServer } from "./helpers/server";

const TOKEN = "metrics-test-token-0123456789";

describe("GET /metrics", () => {
  it("is not served when no token is configured", async () => {
    const data = makeDataDir();
    const server = await startTestServer(data.dataDir);
    try {
      expect((await scrape(server.url)).status).toBe(404);
      expect((await scrape(server.url, TOKEN)).status).toBe(404);
    } finally {
      await server.close();
      data.remove();
    }
  });

  it("serves a separate listener, and only /metrics on it", async () => {
    const data = makeDataDir();
    const server = await startTestServer(data.dataDir, { metrics: { host: "127.0.0.1", port: 0 } });
    try {
      const listener = `http://127.0.0.1:${server.metricsPort ?? 0}`;
      const scraped = await scrape(listener);
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain("nodejs_eventloop_lag_seconds");
      expect((await fetch(`${listener}/api/health`)).status).toBe(404);
      // Without a token the public port still does not serve it.
      expect((await scrape(server.url)).status).toBe(404);
    } finally {
      await server.close();
      data.remove();
    }
  });
});

describe("metrics behind a token", () => {
  const data = makeDataDir();
  const providers: WebsocketProvider[] = [];
  const sockets: RawSocket[] = [];
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir, { metrics: { token: TOKEN } });
    workspace = await createWorkspace(server.url, { title: "Metrics", template: "rand-mexico-2009" });
  });
  afterEach(() => {
    for (const provider of providers.splice(0)) {
      provider.destroy();
      provider.doc.destroy();
    }
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  async function metrics(): Promise<string> {
    const scraped = await scrape(server.url, TOKEN);
    expect(scraped.status).toBe(200);
    return scraped.text;
  }

  /** A y-websocket client bound to a freshly registered participant, as the page connects. */
  async function writer(name: string): Promise<{ provider: WebsocketProvider; participantId: string }> {
    const response = await api(server.url, `/api/workspaces/${workspace.id}/participants`, {
      token: workspace.tokens.analyst,
      json: { name },
    });
    expect(response.status).toBe(201);
    const { participantId, participantToken } = registeredParticipantSchema.parse(response.body);
    const provider = new WebsocketProvider(socketBase(server), workspace.id, new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { [SOCKET_PARAMS.token]: workspace.tokens.analyst, [SOCKET_PARAMS.participant]: participantToken },
    });
    providers.push(provider);
    await waitSynced(provider);
    return { provider, participantId };
  }

  it("answers 401 without the token or with a wrong one", async () => {
    const missing = await fetch(`${server.url}/metrics`);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect((await scrape(server.url, "not-the-metrics-token-000")).status).toBe(401);
    expect((await scrape(server.url, `${TOKEN}x`)).status).toBe(401);
  });

  it("reports process defaults, event-loop delay and every refusal reason", async () => {
    const text = await metrics();
    for (const name of ["process_cpu_seconds_total", "nodejs_eventloop_lag_p99_seconds", "mesa_rooms_loaded"]) {
      expect(text).toContain(`# TYPE ${name}`);
    }
    expect(text).toContain('mesa_updates_refused_total{reason="read_only"} 0');
  });

  it("counts received and relayed updates, store latency, rooms and sockets", async () => {
    const before = await metrics();
    const { provider, participantId } = await writer("Ana");
    await writer("Ben");
    const during = await metrics();
    expect(sample(during, "mesa_rooms_loaded", { state: "awake" })).toBe(1);
    expect(sample(during, "mesa_sockets_open", { role: "analyst" })).toBe(2);

    setCellLevel(provider.doc, "area-1", "option-1", "high", { id: participantId, name: "Ana" });
    await expect
      .poll(async () => sample(await metrics(), "mesa_updates_relayed_total"))
      .toBeGreaterThan(sample(before, "mesa_updates_relayed_total"));
    const after = await metrics();
    expect(sample(after, "mesa_updates_received_total")).toBeGreaterThan(sample(before, "mesa_updates_received_total"));
    expect(sample(after, "mesa_bytes_received_total")).toBeGreaterThan(sample(before, "mesa_bytes_received_total"));
    const appends = (text: string) => sample(text, "mesa_store_operation_seconds_count", { operation: "append" });
    expect(appends(after)).toBeGreaterThan(appends(before));
    expect(sample(after, "mesa_store_operation_seconds_count", { operation: "load" })).toBeGreaterThan(0);
  });

  it("counts a write from a socket bound to no participant as refused (read_only)", async () => {
    const refused = (text: string) => sample(text, "mesa_updates_refused_total", { reason: "read_only" });
    const before = refused(await metrics());
    const provider = new WebsocketProvider(socketBase(server), workspace.id, new Y.Doc(), {
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      params: { [SOCKET_PARAMS.token]: workspace.tokens.analyst },
    });
    providers.push(provider);
    await waitSynced(provider);
    setCellLevel(provider.doc, "area-2", "option-2", "low", { id: "nobody", name: "Nobody" });
    await expect.poll(async () => refused(await metrics())).toBeGreaterThan(before);
  });

  it("counts a socket the server closed by the code it sent", async () => {
    const closes = (text: string) => sample(text, "mesa_sockets_closed_total", { code: "1003" });
    const before = closes(await metrics());
    const socket = new RawSocket(server, workspace.id, workspace.tokens.analyst);
    sockets.push(socket);
    await socket.opened;
    socket.send("a text frame");
    expect((await socket.closed).code).toBe(1003);
    await expect.poll(async () => closes(await metrics())).toBe(before + 1);
  });
});
