import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadConfig } from "./config";
import { createLogger } from "./logger";
import { startServer } from "./start-server";

/**
 * Entry point: `tsx server/main.ts [--dev]` in development, `node dist/server.mjs` after
 * `npm run build`. Both files sit one level below the repository root, which is Next's dir.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const dev = process.argv.includes("--dev");
  const apiOnly = process.env.MESA_API_ONLY === "1";
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  // Benchmark-only: measures what validating every client update costs.
  const skipValidation = process.env.MESA_BENCH_SKIP_VALIDATION === "1";
  if (skipValidation)
    logger.warn("MESA_BENCH_SKIP_VALIDATION=1: client updates are NOT validated; never serve people so");

  const server = await startServer({
    dataDir: config.dataDir,
    port: config.port,
    publicUrl: config.publicUrl,
    secret: config.appSecret,
    previousSecrets: config.previousSecrets,
    snapshotsKept: config.snapshotsKept,
    allowedOrigins: config.allowedOrigins,
    trustProxy: config.trustProxy,
    rateLimits: config.rateLimits,
    next: apiOnly ? false : { dev, dir: root },
    host: "0.0.0.0",
    logger,
    metrics: config.metrics,
    limits: config.collabLimits,
    validateUpdates: !skipValidation,
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    // A stuck close must not keep an orchestrator waiting for ever.
    setTimeout(() => {
      logger.error("shutdown timed out; exiting");
      process.exit(1);
    }, 10_000).unref();
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "shutdown failed");
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
