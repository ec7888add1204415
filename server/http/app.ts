import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import { fastifyTrustProxy, type TrustProxy } from "../config-network";
import type { Logger } from "../logger";
import type { HttpContext } from "./context";
import { ApiError, handleError, handleNotFound } from "./errors";
import { acceptOnlyUtf8Json } from "./json-body";
import { registerNextCatchAll, type NextRequestHandler } from "./next-catch-all";
import { registerExportRoutes } from "./routes/exports";
import { registerHealthRoutes } from "./routes/health";
import { registerMetricsRoute, type MetricsRouteOptions } from "./routes/metrics";
import { registerLinkRoutes } from "./routes/links";
import { registerParticipantRoutes } from "./routes/participants";
import { registerSeriesRoutes } from "./routes/series";
import { registerSessionRoutes } from "./routes/sessions";
import { registerWorkspaceSeriesRoutes } from "./routes/workspace-series";
import { registerWorkspaceRoutes } from "./routes/workspaces";
import { registerRateLimiter } from "./rate-limits";
import { registerSecurityHeaders } from "./security-headers";

const BODY_LIMIT = 64 * 1024;

export interface HttpAppOptions {
  context: HttpContext;
  logger: Logger;
  /** Present when Next serves pages; returns undefined until Next is prepared. */
  nextHandler?: () => NextRequestHandler | undefined;
  /** Which proxies may name the client (X-Forwarded-For); per-address limits count that address. */
  trustProxy?: TrustProxy;
  metrics: MetricsRouteOptions;
}

export function buildHttpApp(options: HttpAppOptions): FastifyInstance {
  const app = Fastify({
    // Typed as Fastify's base logger so routes get the plain FastifyInstance type.
    loggerInstance: options.logger as FastifyBaseLogger,
    bodyLimit: BODY_LIMIT,
    // Sockets are closed by the room manager during shutdown; idle keep-alives by Fastify.
    forceCloseConnections: "idle",
    return503OnClosing: true,
    trustProxy: fastifyTrustProxy(options.trustProxy ?? false),
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);
  registerSecurityHeaders(app);
  acceptOnlyUtf8Json(app);
  registerRateLimiter(app);

  // In a scope of their own so they are declared after the rate limiter has loaded.
  void app.register(async (api) => {
    registerHealthRoutes(api, options.context);
    registerSeriesRoutes(api);
    registerWorkspaceRoutes(api, options.context);
    registerParticipantRoutes(api, options.context);
    registerLinkRoutes(api, options.context);
    registerWorkspaceSeriesRoutes(api, options.context);
    registerExportRoutes(api, options.context);
    registerSessionRoutes(api, options.context, options.context.sessions);
  });
  registerMetricsRoute(app, options.metrics);
  // Without this, unknown /api paths would fall through to Next and answer with an HTML page.
  app.all("/api/*", async (request) => {
    throw new ApiError(
      404,
      "not_found",
      `No route ${request.method} ${request.url.split("?")[0] ?? ""}: see docs/api.md.`,
    );
  });
  if (options.nextHandler) registerNextCatchAll(app, options.nextHandler);
  return app;
}
