import type { FastifyInstance } from "fastify";
import { builtInSeries } from "../../../lib/domain/built-in-charts";

export function registerSeriesRoutes(app: FastifyInstance): void {
  // Built-in data changes only with a deploy, so shared caches may keep it for a while.
  app.get("/api/series", async (_request, reply) =>
    reply.header("cache-control", "public, max-age=300").send({ series: builtInSeries() }),
  );
}
