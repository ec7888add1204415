import { chmodSync, copyFileSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { sqliteFile } from "../store/sqlite-store";
import { CommandError, type CommandContext } from "./command";

/**
 * `backup <directory>`: a new directory holding `mesa.sqlite` (SQLite's online backup, a
 * consistent copy while the server writes) and `secret` (without it every restored link
 * gets 401), both mode 0600. The directory is a complete DATA_DIR.
 */
export async function backupCommand(context: CommandContext, target: string): Promise<number> {
  const { config, output } = context;
  const directory = path.resolve(target);
  if (existsSync(directory) && readdirSync(directory).length > 0) {
    throw new CommandError(`${directory} is not empty: back up into a new directory.`);
  }
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  const database = sqliteFile(directory);
  const source = new BetterSqlite3(sqliteFile(config.dataDir), { fileMustExist: true });
  try {
    source.pragma("busy_timeout = 5000");
    await source.backup(database);
  } finally {
    source.close();
  }
  chmodSync(database, 0o600);
  output.out(database);

  if (config.appSecret !== undefined) {
    output.err(
      "APP_SECRET is set, so links are signed with it and DATA_DIR/secret is not used: keep APP_SECRET with this backup.",
    );
    return 0;
  }
  const secret = path.join(config.dataDir, "secret");
  if (!existsSync(secret)) {
    output.err(`${secret} does not exist: links issued by the server cannot be verified from this backup.`);
    return 1;
  }
  const copy = path.join(directory, "secret");
  copyFileSync(secret, copy);
  chmodSync(copy, 0o600);
  output.out(copy);
  output.err(`Backup complete. To restore it, stop the server and use ${directory} (or a copy of it) as DATA_DIR.`);
  return 0;
}
