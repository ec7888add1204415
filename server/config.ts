import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { collabLimitsFromEnv, type CollabLimits } from "./collab/limits";
import {
  DEFAULT_RATE_LIMITS,
  allowedOriginsSchema,
  perTenMinutesSchema,
  trustProxySchema,
  type RateLimits,
  type TrustProxy,
} from "./config-network";

export type LogLevel = "fatal" | "error" | "warn" | "info" | "debug" | "trace" | "silent";

export interface ServerConfig {
  port: number;
  dataDir: string;
  /** Unset: startServer uses http://localhost:<bound port>. */
  publicUrl: string | undefined;
  appSecret: string | undefined;
  /** Earlier secrets whose tokens still verify (APP_SECRET_PREVIOUS); none signs new tokens. */
  previousSecrets: string[];
  logLevel: LogLevel;
  /** Earlier states each workspace keeps for rollback. */
  snapshotsKept: number;
  /** Origins besides the request's own host and PUBLIC_URL whose pages may open the socket. */
  allowedOrigins: string[];
  trustProxy: TrustProxy;
  rateLimits: RateLimits;
  metrics: MetricsConfig;
  /** Socket and document limits set in the environment; the rest keep their defaults. */
  collabLimits: Partial<CollabLimits>;
}

/** Who may read GET /metrics: a bearer token on the main port, a private listener, or both. */
export interface MetricsConfig {
  /** Unset: the main port answers /metrics with 404. */
  token: string | undefined;
  /** Address of the separate metrics listener (default 127.0.0.1). */
  host: string;
  /** Unset: no separate listener. */
  port: number | undefined;
}

const envSchema = z.object({
  PORT: z.coerce.number({ error: "PORT must be a number between 0 and 65535" }).int().min(0).max(65535).default(3000),
  DATA_DIR: z.string().min(1).default("./data"),
  PUBLIC_URL: z.url({ error: "PUBLIC_URL must be an absolute URL such as https://mesa.example.org" }).optional(),
  APP_SECRET: z.string().min(32, { error: "APP_SECRET must be at least 32 characters" }).optional(),
  APP_SECRET_PREVIOUS: z
    .string()
    .transform((value) =>
      value
        .split(",")
        .map((secret) => secret.trim())
        .filter((secret) => secret !== ""),
    )
    .pipe(
      z.array(
        z
          .string()
          .min(32, { error: "APP_SECRET_PREVIOUS: each comma-separated secret must be at least 32 characters" }),
      ),
    )
    .default([]),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  SNAPSHOTS_KEPT: z.coerce
    .number({ error: "SNAPSHOTS_KEPT must be a whole number from 1 to 1000" })
    .int({ error: "SNAPSHOTS_KEPT must be a whole number from 1 to 1000" })
    .min(1, { error: "SNAPSHOTS_KEPT must be a whole number from 1 to 1000" })
    .max(1000, { error: "SNAPSHOTS_KEPT must be a whole number from 1 to 1000" })
    .default(20),
  ALLOWED_ORIGINS: allowedOriginsSchema,
  TRUST_PROXY: trustProxySchema,
  RATE_LIMIT_CREATE_PER_10_MIN: perTenMinutesSchema("RATE_LIMIT_CREATE_PER_10_MIN", DEFAULT_RATE_LIMITS.createPer10Min),
  RATE_LIMIT_IMPORT_PER_10_MIN: perTenMinutesSchema("RATE_LIMIT_IMPORT_PER_10_MIN", DEFAULT_RATE_LIMITS.importPer10Min),
  METRICS_TOKEN: z.string().min(16, { error: "METRICS_TOKEN must be at least 16 characters" }).optional(),
  METRICS_HOST: z.string().min(1).default("127.0.0.1"),
  METRICS_PORT: z.coerce
    .number({ error: "METRICS_PORT must be a number between 1 and 65535" })
    .int()
    .min(1)
    .max(65535)
    .optional(),
});

/** Reads the process environment once at start-up; a bad value stops the server with a clear message. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): ServerConfig {
  // Empty strings come from `FOO= cmd` and mean "unset", not "invalid".
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const parsed = envSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join(".") ?? "environment";
    throw new Error(`Invalid environment variable ${name}: ${issue?.message ?? "invalid value"}`);
  }
  const { PORT, DATA_DIR, PUBLIC_URL, APP_SECRET, LOG_LEVEL, METRICS_TOKEN, METRICS_HOST, METRICS_PORT } = parsed.data;
  return {
    port: PORT,
    dataDir: path.resolve(DATA_DIR),
    publicUrl: PUBLIC_URL === undefined ? undefined : trimTrailingSlash(PUBLIC_URL),
    appSecret: APP_SECRET,
    previousSecrets: parsed.data.APP_SECRET_PREVIOUS,
    logLevel: LOG_LEVEL,
    snapshotsKept: parsed.data.SNAPSHOTS_KEPT,
    allowedOrigins: parsed.data.ALLOWED_ORIGINS,
    trustProxy: parsed.data.TRUST_PROXY,
    rateLimits: {
      createPer10Min: parsed.data.RATE_LIMIT_CREATE_PER_10_MIN,
      importPer10Min: parsed.data.RATE_LIMIT_IMPORT_PER_10_MIN,
    },
    metrics: { token: METRICS_TOKEN, host: METRICS_HOST, port: METRICS_PORT },
    collabLimits: collabLimitsFromEnv(env),
  };
}

export function trimTrailingSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

/**
 * Returns APP_SECRET when configured, else a secret generated once into DATA_DIR/secret.
 * Persisting it keeps every issued link valid across restarts.
 */
export function resolveSecret(dataDir: string, configured: string | undefined): string {
  if (configured !== undefined) return configured;
  mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, "secret");
  try {
    // "wx" fails if the file exists, so two processes starting together agree on one secret.
    writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = readFileSync(file, "utf8").trim();
  if (secret.length < 32) {
    throw new Error(
      `The secret in ${file} is shorter than 32 characters: delete it to generate a new one (this invalidates every link).`,
    );
  }
  return secret;
}
