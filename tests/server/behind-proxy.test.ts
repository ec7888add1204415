import { afterEach, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { CLOSE } from "../../lib/contract";
import type { RunningServer, StartServerOptions } from "../../server/start-server";
import { createWorkspace } from "./helpers/api";
import { makeDataDir, socketBase, startTestServer } from "./helpers/server";

/** A raw socket as a proxy would forward it: the client's address in X-Forwarded-For. */
class ForwardedSocket {
  readonly closed: Promise<number>;
  private readonly socket: WebSocket;
  private received = false;

  constructor(url: string, forwardedFor: string) {
    this.socket = new WebSocket(url, { headers: { "x-forwarded-for": forwardedFor } });
    this.socket.on("message", () => (this.received = true));
    this.closed = new Promise((resolve) => this.socket.once("close", (code) => resolve(code)));
  }

  /** The server answered with its sync step 1: the socket joined its room. */
  get joined(): boolean {
    return this.received && this.socket.readyState === WebSocket.OPEN;
  }

  close(): void {
    this.socket.terminate();
  }
}

describe("behind a proxy", () => {
  const cleanups: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  async function start(overrides: Partial<StartServerOptions>): Promise<{ server: RunningServer; url: string }> {
    const data = makeDataDir();
    const server = await startTestServer(data.dataDir, { limits: { socketsPerIp: 1 }, ...overrides });
    cleanups.push(async () => {
      await server.close();
      data.remove();
    });
    const workspace = await createWorkspace(server.url);
    return { server, url: `${socketBase(server)}/${workspace.id}?token=${workspace.tokens.viewer}` };
  }

  function open(url: string, forwardedFor: string): ForwardedSocket {
    const socket = new ForwardedSocket(url, forwardedFor);
    cleanups.push(() => socket.close());
    return socket;
  }

  it("counts sockets per client named by a trusted proxy", async () => {
    const { url } = await start({ trustProxy: ["127.0.0.1"] });
    const first = open(url, "203.0.113.1");
    await expect.poll(() => first.joined).toBe(true);
    const other = open(url, "203.0.113.2");
    await expect.poll(() => other.joined).toBe(true);
    await expect(open(url, "203.0.113.1").closed).resolves.toBe(CLOSE.tooManySockets);
    expect(first.joined && other.joined).toBe(true);
  });

  it("ignores X-Forwarded-For unless TRUST_PROXY trusts the sender", async () => {
    const { url } = await start({});
    const first = open(url, "203.0.113.1");
    await expect.poll(() => first.joined).toBe(true);
    await expect(open(url, "203.0.113.2").closed).resolves.toBe(CLOSE.tooManySockets);
  });
});
