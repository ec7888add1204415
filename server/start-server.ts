import type { AddressInfo } from "node:net";
import { signalSeriesChanged } from "../lib/collab/series-signal";
import { linkUsage } from "./auth/link-usage";
import { tokenKey } from "./auth/tokens";
import { createCollabUpgrade } from "./collab/upgrade";
import { DEFAULT_COLLAB_LIMITS, type CollabLimits } from "./collab/limits";
import { RoomManager } from "./collab/room-manager";
import { resolveSecret, trimTrailingSlash, type LogLevel, type MetricsConfig } from "./config";
import { DEFAULT_RATE_LIMITS, type RateLimits, type TrustProxy } from "./config-network";
import { buildHttpApp } from "./http/app";
import { registerOperatorRoutes } from "./http/routes/operator";
import { removeServerFile, writeServerFile } from "./operator/server-file";
import type { HttpContext } from "./http/context";
import { createLogger, type Logger } from "./logger";
import { createMetrics, type Metrics } from "./metrics";
import { listenForMetrics, type MetricsListener } from "./metrics-listener";
import { prepareNext, type PreparedNext } from "./next-app";
import { PdfRenderer } from "./export/pdf/pdf-renderer";
import { SessionService } from "./sessions/service";
import { openSqliteStore } from "./store/sqlite-store";
import type { Store } from "./store/store";
import { timedStore } from "./store/timed-store";

export interface StartServerOptions {
  dataDir: string;
  /** 0 picks a free port. */
  port: number;
  /** Defaults to 127.0.0.1 when Next is off (tests), else all interfaces. */
  host?: string;
  publicUrl?: string;
  /** Defaults to a secret generated once into dataDir/secret. */
  secret?: string;
  /** Earlier secrets whose tokens still verify (APP_SECRET_PREVIOUS). */
  previousSecrets?: string[];
  next: false | { dev: boolean; dir: string };
  roomIdleMs?: number;
  compactThreshold?: number;
  keepaliveMs?: number;
  /** Earlier states each workspace keeps for rollback (SNAPSHOTS_KEPT, default 20). */
  snapshotsKept?: number;
  logger?: Logger;
  logLevel?: LogLevel;
  /** Page origins allowed to open the socket besides the request's own host and publicUrl. */
  allowedOrigins?: string[];
  /** Fastify's trustProxy; default false (the socket's address is the client's). */
  trustProxy?: TrustProxy;
  /** Per-address limits per 10 minutes (0: off); defaults in DEFAULT_RATE_LIMITS. */
  rateLimits?: Partial<RateLimits>;
  /** Who may read GET /metrics; by default nobody (404). A `port` opens a separate listener. */
  metrics?: Partial<MetricsConfig>;
  /**
   * False applies client updates unchecked: only to measure what validation costs (the bench,
   * MESA_BENCH_SKIP_VALIDATION=1). Any client can then corrupt any workspace.
   */
  validateUpdates?: boolean;
  /** Socket and document limits; defaults in DEFAULT_COLLAB_LIMITS. */
  limits?: Partial<CollabLimits>;
}

export interface RunningServer {
  port: number;
  /** http://host:port of the listening socket (not the public URL). */
  url: string;
  /** The loaded rooms. */
  rooms: RoomManager;
  store: Store;
  metrics: Metrics;
  /** The port of the separate metrics listener, when one was asked for. */
  metricsPort: number | undefined;
  /** Graceful stop: refuse new work, close sockets, compact rooms, close the store. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(options.logLevel ?? "info");
  const key = tokenKey(resolveSecret(options.dataDir, options.secret), options.previousSecrets);
  const metrics = createMetrics();
  const store = timedStore(
    openSqliteStore(options.dataDir, { snapshotsKept: options.snapshotsKept }),
    metrics.storeOperation,
  );
  const limits: CollabLimits = { ...DEFAULT_COLLAB_LIMITS, ...options.limits };
  const rooms = new RoomManager(store, logger, {
    roomIdleMs: options.roomIdleMs ?? 10_000,
    compactThreshold: options.compactThreshold ?? 500,
    keepaliveMs: options.keepaliveMs ?? 10_000,
    metrics,
    limits,
    validateUpdates: options.validateUpdates ?? true,
  });
  metrics.watchRooms(() => rooms.stats());
  const usage = linkUsage(
    (linkId, at) => store.touchLink(linkId, at),
    (error) => logger.warn({ err: error }, "could not record a link's last use"),
  );
  const sessions = new SessionService(store, rooms, logger);
  let metricsListener: MetricsListener | undefined;
  let nextApp: PreparedNext | undefined;
  let ready = false;
  let closing = false;
  const pdf = new PdfRenderer();
  const context: HttpContext = {
    store,
    key,
    publicUrl: "",
    isReady: () => ready && !closing,
    linkUsage: usage,
    sockets: rooms,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    changeDocument: (workspaceId, change) => rooms.serverChange(workspaceId, change),
    async readDocument(workspaceId, read) {
      let result: ReturnType<typeof read> | undefined;
      // A task that writes nothing persists and relays nothing.
      await rooms.serverChange(workspaceId, (doc) => {
        result = read(doc);
      });
      return result as ReturnType<typeof read>;
    },
    renderBrief: (input) => pdf.render(input),
    sessions,
    async signalSeriesChanged(workspaceId, author) {
      // Nobody has the workspace open when its room is not loaded: pages fetch series on open.
      if (!rooms.isLoaded(workspaceId)) return;
      await rooms
        .serverChange(workspaceId, (doc) => signalSeriesChanged(doc, author))
        .catch((error: unknown) => {
          logger.warn({ err: error, workspaceId }, "could not signal a series change");
        });
    },
  };
  const app = buildHttpApp({
    context,
    logger,
    nextHandler: options.next ? () => nextApp?.handle : undefined,
    trustProxy: options.trustProxy,
    metrics: { metrics, token: options.metrics?.token },
  });
  const collab = createCollabUpgrade({
    key,
    lookup: store,
    onLinkUsed: (linkId) => usage.used(linkId),
    limits,
    rooms,
    logger,
    isAccepting: () => ready && !closing,
    originPolicy: () => ({ publicUrl: context.publicUrl, allowedOrigins: options.allowedOrigins ?? [] }),
    trustProxy: options.trustProxy,
    metrics,
    fallback:
      options.next && options.next.dev
        ? (req, socket, head) => {
            if (nextApp) nextApp.upgrade(req, socket, head);
            else socket.destroy();
          }
        : undefined,
  });
  app.server.on("upgrade", collab.listener);
  registerOperatorRoutes(app, { store, key, rooms });

  const host = options.host ?? (options.next ? "0.0.0.0" : "127.0.0.1");
  let port: number;
  try {
    await app.listen({ port: options.port, host });
    port = (app.server.address() as AddressInfo).port;
    if (options.metrics?.port !== undefined) {
      metricsListener = await listenForMetrics({
        metrics,
        host: options.metrics.host ?? "127.0.0.1",
        port: options.metrics.port,
        token: options.metrics.token,
      });
    }
    context.publicUrl = trimTrailingSlash(options.publicUrl ?? `http://localhost:${port}`);
    // Listening first lets /api/health answer 503 while Next compiles (seconds in dev).
    if (options.next) nextApp = await prepareNext({ ...options.next, port });
  } catch (error) {
    await rooms.shutdown(0);
    await pdf.close();
    await metricsListener?.close();
    await app.close();
    await store.close();
    throw error;
  }
  const url = `http://${host === "0.0.0.0" ? "localhost" : host}:${port}`;
  // Rounds whose timer ran while the server was down close now; the others are re-armed.
  await sessions.start();
  ready = true;
  // Tells the operator command (`npm run mesa`) where this server listens.
  const serverFile = { pid: process.pid, port, host };
  writeServerFile(options.dataDir, serverFile);
  logger.info({ port, url: context.publicUrl }, "listening");

  let closed: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closed ??= (async () => {
      closing = true;
      sessions.stop();
      await rooms.shutdown();
      collab.close();
      await pdf.close();
      await metricsListener?.close();
      await app.close();
      await nextApp?.close();
      await store.close();
      removeServerFile(options.dataDir, serverFile);
      logger.info("server stopped");
    })();
    return closed;
  };
  return { port, url, rooms, store, metrics, metricsPort: metricsListener?.port, close };
}
