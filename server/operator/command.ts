import type { ServerConfig } from "../config";

/** Where a command writes: results to `out` (stdout), notes and errors to `err` (stderr). */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

export interface CommandContext {
  config: ServerConfig;
  output: Output;
}

/** A mistake in how the command was called: usage is printed and the exit code is 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** A failure the operator can act on: the message is printed and the exit code is 1. */
export class CommandError extends Error {
  override name = "CommandError";
}
