import { createLogger, type Logger } from "../../../server/logger";

export interface CapturedLogs {
  logger: Logger;
  /** Every line the server logged, parsed. */
  entries: Record<string, unknown>[];
  /** Every line as written, to search for things that must never be logged. */
  text(): string;
}

/** The server's real logger (redaction included), writing into memory. */
export function captureLogs(): CapturedLogs {
  const lines: string[] = [];
  const entries: Record<string, unknown>[] = [];
  const logger = createLogger("debug", {
    write(line: string) {
      lines.push(line);
      entries.push(JSON.parse(line) as Record<string, unknown>);
    },
  });
  return { logger, entries, text: () => lines.join("") };
}
