import rateLimit, { type RateLimitOptions } from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { ApiError } from "./errors";

const TEN_MINUTES_MS = 10 * 60_000;

/**
 * Loads @fastify/rate-limit with no global limit: only routes that ask (see `perAddressLimit`)
 * are counted. It attaches itself to routes as they are declared, so register it before them.
 * Counts are kept in memory per process and per route, keyed by the client address
 * (`request.ip`, which honours TRUST_PROXY; IPv6 addresses by /64).
 */
export function registerRateLimiter(app: FastifyInstance): void {
  void app.register(rateLimit, { global: false });
}

/**
 * Route config limiting one route to `max` calls per client address per 10 minutes (0: no
 * limit). Beyond it the call is answered 429 `rate_limited` with Retry-After in seconds.
 * `what` names the calls in the message, e.g. "workspaces created".
 */
export function perAddressLimit(max: number, what: string): { rateLimit: RateLimitOptions | false } {
  if (max === 0) return { rateLimit: false };
  return {
    rateLimit: {
      max,
      timeWindow: TEN_MINUTES_MS,
      errorResponseBuilder: (_request, context) =>
        new ApiError(
          429,
          "rate_limited",
          `Too many ${what} from your address: at most ${context.max} every 10 minutes. Retry in ${context.after}, or ask the operator to raise the limit.`,
        ),
    },
  };
}
