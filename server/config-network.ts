import { isIP } from "node:net";
import { z } from "zod";

/**
 * Fastify's `trustProxy`: which proxy in front of Mesa may say who the client is
 * (`X-Forwarded-For`, `X-Forwarded-Proto`). Per-IP limits count the address it yields.
 */
export type TrustProxy = boolean | number | string[];

/** Per-address limits on the HTTP calls that cost the most; 0 turns one off. */
export interface RateLimits {
  /** `POST /api/workspaces` per address per 10 minutes. */
  createPer10Min: number;
  /** `POST /api/workspaces/:id/series` per address per 10 minutes. */
  importPer10Min: number;
}

/**
 * Generous, since a workshop often shares one NAT address: 60 creations leave two each for a
 * room of 30; 120 imports leave four each.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = { createPer10Min: 60, importPer10Min: 120 };

/** Names proxy-addr understands besides addresses and CIDR ranges. */
const PROXY_RANGE_NAMES = new Set(["loopback", "linklocal", "uniquelocal"]);

function isProxyAddress(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = "", bits, ...rest] = entry.split("/");
  if (rest.length > 0 || isIP(address) === 0) return false;
  return bits === undefined || /^\d{1,3}$/.test(bits);
}

/** `TRUST_PROXY`: unset or `false`, `true`, a number of hops, or a comma list of addresses and ranges. */
export const trustProxySchema = z
  .string()
  .optional()
  .transform((value, context): TrustProxy => {
    if (value === undefined || value === "false") return false;
    if (value === "true") return true;
    if (/^\d+$/.test(value)) return Number(value);
    const entries = value
      .split(",")
      .map((entry) => entry.trim())
      .filter((entry) => entry !== "");
    const wrong = entries.find((entry) => !isProxyAddress(entry));
    if (wrong !== undefined || entries.length === 0) {
      context.addIssue({
        code: "custom",
        message: `"${wrong ?? value}" is not a proxy address: use true, a number of hops, or addresses such as 10.0.0.1,192.168.0.0/16 (or loopback)`,
      });
      return z.NEVER;
    }
    return entries;
  });

/** `ALLOWED_ORIGINS`: a comma list of origins (`https://host[:port]`) whose pages may open the socket. */
export const allowedOriginsSchema = z
  .string()
  .optional()
  .transform((value, context): string[] => {
    const origins: string[] = [];
    for (const entry of (value ?? "").split(",").map((part) => part.trim())) {
      if (entry === "") continue;
      const origin = originOf(entry);
      if (origin === undefined) {
        context.addIssue({
          code: "custom",
          message: `"${entry}" is not an origin: write scheme, host and optional port, such as https://mesa.example.org or http://10.0.0.5:3000`,
        });
        return z.NEVER;
      }
      origins.push(origin);
    }
    return origins;
  });

/** The normalised origin of `http(s)://host[:port]` (no path, query or credentials), else undefined. */
function originOf(entry: string): string | undefined {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return undefined;
  }
  const bare = url.pathname === "/" && url.search === "" && url.hash === "" && url.username === "";
  if (!bare || (url.protocol !== "http:" && url.protocol !== "https:")) {
    return undefined;
  }
  return url.origin;
}

/** A per-10-minutes limit variable: a whole number, 0 for no limit. */
export function perTenMinutesSchema(name: string, fallback: number) {
  return z.coerce
    .number({ error: `${name} must be a whole number (0 turns the limit off)` })
    .int({ error: `${name} must be a whole number (0 turns the limit off)` })
    .min(0, { error: `${name} must be 0 or more (0 turns the limit off)` })
    .default(fallback);
}

/**
 * TRUST_PROXY as Fastify takes it. Fastify 5 treats a bare number as "trust nobody" (a hop
 * count cannot check who the nearest peer is), so a count becomes a function trusting that
 * many hops nearest to Mesa: safe only when the proxy is the one way in (docs/api.md).
 */
export function fastifyTrustProxy(value: TrustProxy): boolean | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value !== "number") return value;
  return (_address, hop) => hop < value;
}
