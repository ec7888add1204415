import { pino, type DestinationStream, type Logger } from "pino";
import type { LogLevel } from "./config";

export type { Logger };

/**
 * Tokens are capabilities: anything that could carry one is redacted, and URLs are
 * logged without their query string (the socket URL carries `?token=`).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: [
        "req.headers.authorization",
        'req.headers["x-participant-token"]',
        "headers.authorization",
        'headers["x-participant-token"]',
      ],
      censor: "[redacted]",
    },
    serializers: {
      req(req: { method?: string; url?: string; id?: unknown }) {
        return { id: req.id, method: req.method, url: stripQuery(req.url) };
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

export function stripQuery(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const index = url.indexOf("?");
  return index === -1 ? url : url.slice(0, index);
}
