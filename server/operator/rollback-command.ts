import { signOperatorToken, tokenKey } from "../auth/tokens";
import { resolveSecret, type ServerConfig } from "../config";
import { openSqliteStore } from "../store/sqlite-store";
import type { SnapshotInfo } from "../store/store";
import { CommandError, UsageError, type CommandContext } from "./command";
import { rollbackInStore, RollbackError, type RollbackResult } from "./rollback";
import { readLiveServer } from "./server-file";

const SERVER_TIMEOUT_MS = 30_000;

/**
 * `rollback <workspaceId>` lists the snapshots; `--to <snapshotId>` restores one, through the
 * running server if one answers on PORT (the live room must make the change), else in the store.
 */
export async function rollbackCommand(
  context: CommandContext,
  workspaceId: string,
  to: string | undefined,
): Promise<number> {
  const { config, output } = context;
  const store = openSqliteStore(config.dataDir, { snapshotsKept: config.snapshotsKept });
  try {
    if ((await store.getWorkspace(workspaceId)) === undefined) {
      throw new CommandError(`Workspace ${workspaceId} does not exist in ${config.dataDir}.`);
    }
    if (to === undefined) {
      listSnapshots(context, workspaceId, await store.listSnapshots(workspaceId));
      return 0;
    }
    const snapshotId = parseSnapshotId(to);
    const viaServer = await rollbackViaServer(config, workspaceId, snapshotId);
    const result = viaServer ?? (await rollbackInStore(store, workspaceId, snapshotId).catch(asCommandError));
    output.out(describe(result));
    if (result.beforeSnapshotId !== undefined) {
      output.err(
        `The state before is snapshot ${result.beforeSnapshotId}: \`npm run mesa -- rollback ${workspaceId} --to ${result.beforeSnapshotId}\` undoes this.`,
      );
    } else {
      output.err("The state before could not be read, so it was not kept (only a backup holds it).");
    }
    return 0;
  } finally {
    await store.close();
  }
}

function listSnapshots(context: CommandContext, workspaceId: string, snapshots: SnapshotInfo[]): void {
  const { output } = context;
  if (snapshots.length === 0) {
    output.err(`Workspace ${workspaceId} has no snapshots yet: one is kept each time its update log is compacted.`);
    return;
  }
  output.err(`Snapshots of workspace ${workspaceId}, newest first (id, time UTC, size, reason):`);
  for (const snapshot of snapshots) {
    const kb = (snapshot.bytes / 1024).toFixed(1);
    output.out(`${snapshot.id}\t${new Date(snapshot.createdAt).toISOString()}\t${kb} KB\t${snapshot.reason}`);
  }
  output.err(`Restore one with \`npm run mesa -- rollback ${workspaceId} --to <id>\`.`);
}

function parseSnapshotId(value: string): number {
  const id = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(id) || id <= 0) {
    throw new UsageError(`--to must be a snapshot id from the list, not "${value}".`);
  }
  return id;
}

/**
 * Asks the running server to restore in the live room: the one DATA_DIR/server.json names
 * (if its process is alive), then 127.0.0.1:PORT. Resolves to undefined only when every
 * connection is refused; any other failure stops the command, since writing the store
 * behind a running server's back would be undone by its next compaction.
 */
async function rollbackViaServer(
  config: ServerConfig,
  workspaceId: string,
  snapshotId: number,
): Promise<RollbackResult | undefined> {
  const token = await signOperatorToken(tokenKey(resolveSecret(config.dataDir, config.appSecret)));
  const live = readLiveServer(config.dataDir);
  const origins = new Set<string>();
  if (live) origins.add(`http://${loopbackFor(live.host)}:${live.port}`);
  origins.add(`http://127.0.0.1:${config.port}`);
  for (const origin of origins) {
    const result = await callServer(origin, token, workspaceId, snapshotId);
    if (result !== undefined) return result;
  }
  return undefined;
}

/** A server bound to every interface is reached on loopback; one bound to an address, there. */
function loopbackFor(host: string): string {
  if (host === "0.0.0.0" || host === "::" || host === "") return "127.0.0.1";
  return host.includes(":") ? `[${host}]` : host;
}

async function callServer(
  origin: string,
  token: string,
  workspaceId: string,
  snapshotId: number,
): Promise<RollbackResult | undefined> {
  const url = `${origin}/api/operator/workspaces/${encodeURIComponent(workspaceId)}/rollback`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ snapshotId }),
      signal: AbortSignal.timeout(SERVER_TIMEOUT_MS),
    });
  } catch (error) {
    if (isConnectionRefused(error)) return undefined;
    throw new CommandError(
      `Could not finish the call to the server at ${origin} (${causeOf(error)}); nothing was changed by this command. Check the server and try again.`,
    );
  }
  const body = (await response.json().catch(() => undefined)) as
    (RollbackResult & { error?: { message?: string } }) | undefined;
  if (response.ok && body) return body;
  const message = body?.error?.message ?? `HTTP ${response.status}`;
  throw new CommandError(
    response.status === 401
      ? `The server at ${origin} refused the operator token: run this command with the server's DATA_DIR and APP_SECRET. (${message})`
      : `The server at ${origin} answered ${response.status}: ${message}`,
  );
}

function isConnectionRefused(error: unknown): boolean {
  const cause = (error as { cause?: { code?: unknown; errors?: { code?: unknown }[] } }).cause;
  if (cause?.code === "ECONNREFUSED") return true;
  return cause?.errors?.some((inner) => inner.code === "ECONNREFUSED") ?? false;
}

function causeOf(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? cause : error;
  return inner instanceof Error ? inner.message : String(inner);
}

function asCommandError(error: unknown): never {
  if (error instanceof RollbackError) throw new CommandError(error.message);
  throw error;
}

function describe(result: RollbackResult): string {
  const where = {
    live: "in the running server: connected clients see it now",
    appended: "in the store (the server is not running): clients that reconnect receive it",
    replaced: "by replacing its stored log, which could not be loaded",
  }[result.method];
  return `Workspace ${result.workspaceId} restored to snapshot ${result.snapshotId} ${where}.`;
}
