import type { FastifyInstance } from "fastify";
import { hasMetricsToken, type Metrics } from "../../metrics";
import { ApiError } from "../errors";

export interface MetricsRouteOptions {
  metrics: Metrics;
  /** Unset: /metrics is not served on this port (404), e.g. when a private listener serves it. */
  token: string | undefined;
}

/** `GET /metrics` on the public port, for a scraper that presents `METRICS_TOKEN`. */
export function registerMetricsRoute(app: FastifyInstance, options: MetricsRouteOptions): void {
  // Registered even without a token, so the path never falls through to Next's pages.
  app.get("/metrics", async (request, reply) => {
    const { token } = options;
    if (token === undefined) {
      throw new ApiError(404, "not_found", "No route GET /metrics: set METRICS_TOKEN to serve it (docs/api.md).");
    }
    if (!hasMetricsToken(request.headers.authorization, token)) {
      reply.header("www-authenticate", 'Bearer realm="metrics"');
      throw new ApiError(401, "unauthorized", "GET /metrics needs `Authorization: Bearer <METRICS_TOKEN>`.");
    }
    const body = await options.metrics.registry.metrics();
    return reply
      .header("content-type", options.metrics.registry.contentType)
      .header("cache-control", "no-store")
      .send(body);
  });
}
