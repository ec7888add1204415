import Fastify, { type FastifyBaseLogger, type FastifyInstance } from "fastify";
import type { Logger } from "../logger";
import type { HttpContext } from "./context";
import { ApiError, handleError, handleNotFound } from "./errors";
import { registerNextCatchAll, type NextRequestHandler } from "./next-catch-all";
import { registerHealthRoutes } from "./routes/health";
import { registerMetricsRoute, type MetricsRouteOptions } from "./routes/metrics";
import { registerParticipantRoutes } from "./routes/participants";
import { registerSeriesRoutes } from "./routes/series";
import { registerWorkspaceSeriesRoutes } from "./routes/workspace-series";
import { registerWorkspaceRoutes } from "./routes/workspaces";

const BODY_LIMIT = 64 * 1024;

export interface HttpAppOptions {
  context: HttpContext;
  logger: Logger;
  /** Present when Next serves pages; returns undefined until Next is prepared. */
  nextHandler?: () => NextRequestHandler | undefined;
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
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  registerHealthRoutes(app, options.context);
  registerSeriesRoutes(app);
  registerWorkspaceRoutes(app, options.context);
  registerParticipantRoutes(app, options.context);
  registerWorkspaceSeriesRoutes(app, options.context);
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
