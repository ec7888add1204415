import type { FastifyInstance } from "fastify";
import type { HttpContext } from "../context";

export function registerHealthRoutes(app: FastifyInstance, context: HttpContext): void {
  app.get("/api/health", async (_request, reply) => {
    const ok = context.isReady();
    return reply
      .status(ok ? 200 : 503)
      .header("cache-control", "no-store")
      .send({ ok });
  });
}
