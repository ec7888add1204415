import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { ID_PATTERN } from "../../lib/contract";
import { loadConfig, type ServerConfig } from "../config";
import { sqliteFile } from "../store/sqlite-store";
import { backupCommand } from "./backup-command";
import { checkCommand } from "./check-command";
import { CommandError, UsageError, type CommandContext, type Output } from "./command";
import { linkCommand } from "./link-command";
import { rollbackCommand } from "./rollback-command";

export const USAGE = `Usage: npm run mesa -- <command> [options]

Reads DATA_DIR, APP_SECRET, PORT and PUBLIC_URL from the environment, like the server.

Commands:
  link <workspaceId> --role <facilitator|analyst|viewer> [--label <text>] [--expires <ISO date>]
      Prints a new link to the workspace (e.g. to replace a lost facilitator link).
  check
      Lists the workspaces whose stored document cannot be loaded; exits 1 if there are any.
  rollback <workspaceId>
      Lists the workspace's snapshots (id, time, size, reason), newest first.
  rollback <workspaceId> --to <snapshotId>
      Restores that snapshot. The state before it is kept as a snapshot, so the rollback
      can be undone. If the server is running on PORT, the live room is restored in place.
  backup <directory>
      Copies the store (SQLite online backup, safe while the server runs) and the secret
      into a new directory, which can serve as DATA_DIR as it is.

Exit codes: 0 done, 1 failed or problems found, 2 wrong usage.`;

const consoleOutput: Output = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs one operator command and resolves to its exit code. */
export async function main(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  output: Output = consoleOutput,
): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: withPositionalsLast(argv),
      allowPositionals: true,
      options: {
        role: { type: "string" },
        label: { type: "string" },
        expires: { type: "string" },
        to: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === "help") {
      output.out(USAGE);
      return 0;
    }
    if (command === undefined) throw new UsageError("No command given.");
    const config = loadConfig(env);
    const context: CommandContext = { config, output };
    switch (command) {
      case "link": {
        const id = workspaceId(single(rest, "link <workspaceId>"));
        requireStore(config);
        return await linkCommand(context, id, values);
      }
      case "check":
        none(rest, "check");
        requireStore(config);
        return await checkCommand(context);
      case "rollback": {
        const id = workspaceId(single(rest, "rollback <workspaceId>"));
        requireStore(config);
        return await rollbackCommand(context, id, values.to);
      }
      case "backup": {
        const directory = single(rest, "backup <directory>");
        requireStore(config);
        return await backupCommand(context, directory);
      }
      default:
        throw new UsageError(`Unknown command "${command}".`);
    }
  } catch (error) {
    return report(error, output);
  }
}

const VALUE_OPTIONS = new Set(["--role", "--label", "--expires", "--to"]);

/**
 * Workspace ids may start with "-" (they are base64url), which parseArgs would read as short
 * options: every argument that is not one of our options, or an option's value, is moved
 * after "--", and values are attached with "=" so that one starting with "-" stays a value.
 */
function withPositionalsLast(argv: readonly string[]): string[] {
  const options: string[] = [];
  const positionals: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === "--") {
      positionals.push(...argv.slice(index + 1));
      break;
    }
    if (VALUE_OPTIONS.has(arg) && index + 1 < argv.length) {
      options.push(`${arg}=${argv[++index]}`);
    } else if (arg.startsWith("--") || arg === "-h") {
      options.push(arg);
    } else {
      positionals.push(arg);
    }
  }
  return [...options, "--", ...positionals];
}

function report(error: unknown, output: Output): number {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof UsageError || (error as { code?: unknown }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    output.err(`mesa: ${message}\n\n${USAGE}`);
    return 2;
  }
  output.err(`mesa: ${message}`);
  return 1;
}

function single(rest: string[], shape: string): string {
  if (rest.length !== 1 || rest[0] === undefined) throw new UsageError(`Expected \`${shape}\`.`);
  return rest[0];
}

function workspaceId(value: string): string {
  if (!ID_PATTERN.test(value)) {
    throw new UsageError(`"${value}" is not a workspace id (1–64 characters of A–Z, a–z, 0–9, _ or -).`);
  }
  return value;
}

function none(rest: string[], shape: string): void {
  if (rest.length > 0) throw new UsageError(`Expected \`${shape}\` with no arguments.`);
}

/** Refuses to run against a directory that holds no store: a wrong DATA_DIR would otherwise get an empty one. */
function requireStore(config: ServerConfig): void {
  if (!existsSync(sqliteFile(config.dataDir))) {
    throw new CommandError(
      `No Mesa store in ${config.dataDir} (DATA_DIR): set DATA_DIR to the directory the server uses.`,
    );
  }
}
