import type { FastifyInstance } from "fastify";

/**
 * Headers on every reply Fastify sends itself (the API, /metrics, errors and 404s). They are
 * JSON or plain text, so nothing in them may run, be framed or be sniffed into HTML.
 * Pages are Next's replies (hijacked, so this hook never sees them): next.config.js sets theirs.
 */
export const API_SECURITY_HEADERS = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-resource-policy": "same-origin",
} as const;

/** A hook rather than @fastify/helmet: five fixed headers, none of helmet's page-oriented defaults to undo. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook("onSend", async (_request, reply, payload) => {
    void reply.headers(API_SECURITY_HEADERS);
    return payload;
  });
}
