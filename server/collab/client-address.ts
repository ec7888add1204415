import type { IncomingMessage } from "node:http";
import proxyAddr from "@fastify/proxy-addr";
import { fastifyTrustProxy, type TrustProxy } from "../config-network";

/**
 * The client's address for an upgrade request, read the way Fastify reads `request.ip` for
 * the API (same TRUST_PROXY, same library), so behind a proxy the per-address socket limit
 * counts people rather than the proxy.
 */
export function clientAddress(req: IncomingMessage, trustProxy: TrustProxy): string {
  const trust = fastifyTrustProxy(trustProxy);
  if (trust === false) return req.socket.remoteAddress ?? "unknown";
  return proxyAddr(req, trust === true ? () => true : Array.isArray(trust) ? proxyAddr.compile(trust) : trust);
}
