import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { createInterface } from "node:readline";
import { SOCKET_PARAMS } from "../lib/contract";
import type { MesaMode } from "./options";

export const REPO_ROOT = path.resolve(import.meta.dirname, "..");
/** A fixed secret lets the bench mint and check link tokens in its own process too. */
export const BENCH_SECRET = "bench-secret-not-for-production-0123456789";
const START_TIMEOUT_MS = 60_000;
const REFERENCE_SERVER = path.join(REPO_ROOT, "node_modules/@y/websocket-server/src/server.js");

export type ServerName = "mesa" | "reference";
export type LogEntry = Record<string, unknown>;

export interface ServerProcess {
  readonly name: ServerName;
  readonly pid: number;
  readonly port: number;
  readonly httpUrl: string;
  /** Mesa's DATA_DIR; the reference keeps nothing on disk. */
  readonly dataDir?: string;
  /**
   * The socket URL of a room: Mesa's /collab/<id>?token=[&participant=], the reference's
   * /<room> (it reads nothing from the query, so tokens are left out).
   */
  socketUrl(room: string, token?: string, participant?: string): string;
  /** Every JSON line the server logs (Mesa), as it arrives. */
  onLog(listener: (entry: LogEntry) => void): () => void;
  /** SIGTERM, then SIGKILL after 20 s; throws if the process had already died on its own. */
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** How Mesa is started: the command, the folder it runs in (Next's dir), and what to call it. */
export interface MesaLaunch {
  args: string[];
  cwd: string;
  description: string;
  /** Set when the bundle is older than the sources it was built from. */
  stale?: string;
}

/**
 * The production bundle `<appDir>/dist/server.mjs` when it exists (auto) or when asked for
 * (dist), else server/main.ts under tsx. `appDir` may be a copy of a build made elsewhere.
 */
export function mesaLaunch(mode: MesaMode, appDir: string = REPO_ROOT): MesaLaunch {
  const dist = path.join(appDir, "dist/server.mjs");
  const useDist = mode === "dist" || (mode === "auto" && existsSync(dist));
  if (!useDist) {
    return { args: ["--import", "tsx", "server/main.ts"], cwd: REPO_ROOT, description: "server/main.ts under tsx" };
  }
  if (!existsSync(dist)) throw new Error(`--mesa dist needs ${dist}: run \`npm run build\` first.`);
  return {
    args: [dist],
    cwd: appDir,
    description: `${path.relative(REPO_ROOT, dist) || dist} (production bundle)`,
    stale:
      newestSource() > statSync(dist).mtimeMs
        ? `${dist} is older than server/ or lib/ sources: run \`npm run build\``
        : undefined,
  };
}

function newestSource(): number {
  let newest = 0;
  for (const folder of ["server", "lib/collab", "lib/domain"]) {
    for (const entry of readdirSync(path.join(REPO_ROOT, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !entry.name.endsWith(".ts") || entry.name.endsWith(".test.ts")) continue;
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

export interface MesaStart {
  dataDir: string;
  port: number;
  launch: MesaLaunch;
  profileDir?: string;
  /** At least info: readiness is seen in the "listening" line. */
  logLevel?: "debug" | "info";
  /** Serve the pages too (Next production build); otherwise MESA_API_ONLY=1. */
  withPages?: boolean;
  /** Apply client updates unchecked, to measure what validation costs (scenario 1 only). */
  skipValidation?: boolean;
}

/**
 * Node flags that write a V8 CPU profile into `dir` when the process exits. The reference
 * has no SIGTERM handler (a signal kills it before the profile is written), so it gets one.
 */
export function profileFlags(dir: string | undefined): string[] {
  if (!dir) return [];
  return [
    "--cpu-prof",
    `--cpu-prof-dir=${path.resolve(REPO_ROOT, dir)}`,
    "--import",
    'data:text/javascript,process.once("SIGTERM", () => process.exit(0));',
  ];
}

export function startMesa(options: MesaStart): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(options.port),
    DATA_DIR: options.dataDir,
    APP_SECRET: BENCH_SECRET,
    LOG_LEVEL: options.logLevel ?? "info",
    NODE_ENV: "production",
    // Every client of the bench is 127.0.0.1 (1,000 workspaces in a minute): limits high
    // enough never to trip, so the limiter still runs and its cost is measured.
    RATE_LIMIT_CREATE_PER_10_MIN: "1000000",
    RATE_LIMIT_IMPORT_PER_10_MIN: "1000000",
    // 2,000 viewers in one room and 1,000 reconnecting clients, all from 127.0.0.1.
    SOCKETS_PER_ROOM: "1000000",
    SOCKETS_PER_IP: "1000000",
    // Scenario 6 sends its 10,000 rating changes over one socket at once; the default bucket
    // (200 messages/s, burst 400) closes it with 1008 after the first ~400.
    MESSAGES_PER_SECOND: "1000000",
    MESSAGES_BURST: "1000000",
  };
  if (options.skipValidation) env.MESA_BENCH_SKIP_VALIDATION = "1";
  if (!options.withPages) env.MESA_API_ONLY = "1";
  const { args, cwd } = options.launch;
  const child = spawn(process.execPath, [...profileFlags(options.profileDir), ...args], { cwd, env, stdio: "pipe" });
  return supervise({
    name: "mesa",
    child,
    port: options.port,
    dataDir: options.dataDir,
    logFile: path.join(options.dataDir, "server.log"),
    isReady: (line) => parseJson(line)?.msg === "listening",
    socketUrl: (room, token, participant) => {
      const query = new URLSearchParams({ [SOCKET_PARAMS.token]: token ?? "" });
      if (participant !== undefined) query.set(SOCKET_PARAMS.participant, participant);
      return `ws://127.0.0.1:${options.port}/collab/${room}?${query.toString()}`;
    },
  });
}

/** The reference in its default mode: documents in memory only (no YPERSISTENCE). */
export function startReference(port: number, logFile: string, profileDir?: string): Promise<ServerProcess> {
  const env: NodeJS.ProcessEnv = { ...process.env, HOST: "127.0.0.1", PORT: String(port), NODE_ENV: "production" };
  delete env.YPERSISTENCE;
  delete env.CALLBACK_URL;
  const child = spawn(process.execPath, [...profileFlags(profileDir), REFERENCE_SERVER], {
    cwd: REPO_ROOT,
    env,
    stdio: "pipe",
  });
  return supervise({
    name: "reference",
    child,
    port,
    logFile,
    isReady: (line) => line.startsWith("running at"),
    socketUrl: (room) => `ws://127.0.0.1:${port}/${room}`,
  });
}

/** Servers still running: killed when the bench exits, however it exits, so none is left behind. */
const running = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

interface Supervised {
  name: ServerName;
  child: ChildProcess;
  port: number;
  dataDir?: string;
  logFile: string;
  /** The stdout line that says the server accepts connections. */
  isReady: (line: string) => boolean;
  socketUrl: (room: string, token?: string, participant?: string) => string;
}

function supervise({ name, child, port, dataDir, logFile, isReady, socketUrl }: Supervised): Promise<ServerProcess> {
  running.add(child);
  const log = createWriteStream(logFile, { flags: "a" });
  const listeners = new Set<(entry: LogEntry) => void>();
  const tail: string[] = [];
  let stopping = false;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => resolve({ code, signal })),
  );
  child.stderr?.on("data", (chunk: Buffer) => {
    log.write(chunk);
    tail.push(chunk.toString());
    if (tail.length > 20) tail.shift();
  });
  return new Promise((resolve, reject) => {
    const startTimer = setTimeout(() => {
      reject(new Error(`${name} server was not ready within ${START_TIMEOUT_MS / 1_000} s; see ${logFile}`));
      child.kill("SIGKILL");
    }, START_TIMEOUT_MS);
    createInterface({ input: child.stdout! }).on("line", (line) => {
      log.write(`${line}\n`);
      if (listeners.size > 0) {
        const entry = parseJson(line);
        if (entry) for (const listener of listeners) listener(entry);
      }
      if (isReady(line)) {
        clearTimeout(startTimer);
        resolve(server);
      }
    });
    void exited.then(({ code, signal }) => {
      running.delete(child);
      clearTimeout(startTimer);
      log.end();
      if (!stopping)
        reject(new Error(`${name} server exited (${signal ?? code}) before it was ready:\n${tail.join("")}`));
    });
    const server: ServerProcess = {
      name,
      pid: child.pid ?? 0,
      port,
      httpUrl: `http://127.0.0.1:${port}`,
      dataDir,
      socketUrl,
      onLog(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
      async stop() {
        if (child.exitCode !== null || child.signalCode !== null) {
          if (stopping) return;
          throw new Error(`${name} server died during the run (${child.signalCode ?? child.exitCode}); see ${logFile}`);
        }
        stopping = true;
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
        await exited;
        clearTimeout(timer);
      },
    };
  });
}

function parseJson(line: string): LogEntry | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    return JSON.parse(line) as LogEntry;
  } catch {
    return undefined;
  }
}
