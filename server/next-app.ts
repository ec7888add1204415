import { createServer } from "node:http";
import type { UpgradeListener } from "./collab/upgrade";
import type { NextRequestHandler } from "./http/next-catch-all";

export interface PreparedNext {
  handle: NextRequestHandler;
  /** Next's own upgrade handling (the HMR socket in dev). */
  upgrade: UpgradeListener;
  close(): Promise<void>;
}

/**
 * Loads Next only when pages are served, so API-only processes and tests stay light.
 *
 * Next 16's `getUpgradeHandler()` is a no-op for custom servers; its real upgrade handler
 * (HMR) is attached on the first request as an `upgrade` listener of `options.httpServer`
 * (or of the request's server). Pointing `httpServer` at an unlistened conduit keeps Next
 * from racing us for /collab upgrades, and lets us forward only the others to it.
 */
export async function prepareNext(options: { dev: boolean; dir: string; port: number }): Promise<PreparedNext> {
  const { default: next } = await import("next");
  const conduit = createServer();
  const app = next({ dev: options.dev, dir: options.dir, port: options.port, httpServer: conduit });
  await app.prepare();
  const handle = app.getRequestHandler();
  return {
    handle: (req, res) => handle(req, res),
    upgrade: (req, socket, head) => {
      // Next wires the conduit on its first page request; a browser's HMR client retries.
      if (conduit.listenerCount("upgrade") > 0) conduit.emit("upgrade", req, socket, head);
      else socket.destroy();
    },
    close: () => app.close(),
  };
}
