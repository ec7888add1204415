import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { TEST_SECRET } from "./server";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");

export interface ChildServer {
  process: ChildProcess;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Runs server/main.ts in its own process (API only), so a test can SIGKILL it. Resolves
 * once the server logged `{"msg":"listening","port":N}`.
 */
export function spawnServer(dataDir: string): Promise<ChildServer> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      MESA_API_ONLY: "1",
      PORT: "0",
      DATA_DIR: dataDir,
      APP_SECRET: TEST_SECRET,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on("line", (line) => {
      const entry = parseJson(line);
      if (entry?.msg === "listening" && typeof entry.port === "number") {
        resolve({ process: child, url: `http://127.0.0.1:${entry.port}`, exited });
      }
    });
    void exited.then(({ code }) => reject(new Error(`server exited with ${code} before listening:\n${stderr}`)));
  });
}

function parseJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
