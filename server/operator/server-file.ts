import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

/** Where a running server says how to reach it, so the operator command finds it whatever PORT it was given. */
export interface ServerFile {
  pid: number;
  port: number;
  host: string;
}

function serverFilePath(dataDir: string): string {
  return path.join(dataDir, "server.json");
}

export function writeServerFile(dataDir: string, info: ServerFile): void {
  writeFileSync(serverFilePath(dataDir), JSON.stringify(info), { mode: 0o600 });
}

/** Removes the file if it is still this server's (another may have started on the same DATA_DIR since). */
export function removeServerFile(dataDir: string, info: ServerFile): void {
  const current = readServerFile(dataDir);
  if (current?.pid === info.pid && current.port === info.port) rmSync(serverFilePath(dataDir), { force: true });
}

/** The server that wrote DATA_DIR/server.json, if its process is still alive; a crash leaves a stale file. */
export function readLiveServer(dataDir: string): ServerFile | undefined {
  const info = readServerFile(dataDir);
  return info && isAlive(info.pid) ? info : undefined;
}

function readServerFile(dataDir: string): ServerFile | undefined {
  try {
    const parsed = JSON.parse(readFileSync(serverFilePath(dataDir), "utf8")) as Partial<ServerFile>;
    const { pid, port, host } = parsed;
    if (typeof pid !== "number" || typeof port !== "number" || typeof host !== "string") return undefined;
    return { pid, port, host };
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
