import type { IncomingMessage, ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import { errorBody } from "./errors";

export type NextRequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

/**
 * Hands every non-API request to Next. It lives in its own encapsulated scope whose only
 * content-type parser leaves the body stream untouched, because Next reads the raw request
 * itself (server actions, route handlers). `reply.hijack()` tells Fastify that Next owns
 * the response, so Fastify's hooks do not run for pages (set page headers in next.config).
 */
export function registerNextCatchAll(app: FastifyInstance, getHandler: () => NextRequestHandler | undefined): void {
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser("*", (_request, _payload, done) => done(null));
    scope.all("/*", async (request, reply) => {
      const handle = getHandler();
      if (!handle) {
        return reply
          .status(503)
          .header("retry-after", "2")
          .send(errorBody("unavailable", "The app is still starting; retry in a moment."));
      }
      reply.hijack();
      await handle(request.raw, reply.raw);
      return reply;
    });
  });
}
