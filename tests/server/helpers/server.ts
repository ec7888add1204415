import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer, type RunningServer, type StartServerOptions } from "../../../server/start-server";

export const TEST_SECRET = "test-secret-for-server-tests-0123456789abcdef";

export function makeDataDir(): { dataDir: string; remove(): void } {
  const dataDir = mkdtempSync(path.join(tmpdir(), "mesa-test-"));
  return { dataDir, remove: () => rmSync(dataDir, { recursive: true, force: true }) };
}

/** A real server on a free port with Next off; logs stay quiet unless TEST_LOG_LEVEL is set. */
export function startTestServer(dataDir: string, overrides: Partial<StartServerOptions> = {}): Promise<RunningServer> {
  return startServer({
    dataDir,
    port: 0,
    secret: TEST_SECRET,
    next: false,
    logLevel: (process.env.TEST_LOG_LEVEL as StartServerOptions["logLevel"]) ?? "silent",
    ...overrides,
  });
}

export function socketBase(server: { url: string }): string {
  return `${server.url.replace(/^http/, "ws")}/collab`;
}
