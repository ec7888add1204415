/**
 * Which pages may open the collaboration socket. A browser sends `Origin` with every
 * WebSocket upgrade and lets any page open a socket to any host, so without this check
 * another site could open Mesa's socket from a visitor's browser (cross-site WebSocket
 * hijacking). The link token still decides what a socket may do; this only refuses pages
 * that are not Mesa's.
 */
export interface OriginPolicy {
  /** PUBLIC_URL, or http://localhost:<port> when unset. */
  publicUrl: string;
  /** ALLOWED_ORIGINS, normalised (`new URL(x).origin`). */
  allowedOrigins: readonly string[];
}

/**
 * Why an upgrade's Origin is refused, or undefined when it is allowed. Allowed: no Origin
 * (scripts, tests and the bench send none; browsers always do), the request's own Host over
 * http or https (so http://127.0.0.1:3000 works when PUBLIC_URL says localhost), the
 * PUBLIC_URL origin, and ALLOWED_ORIGINS.
 */
export function socketOriginRefusal(
  headers: { origin?: string | undefined; host?: string | undefined },
  policy: OriginPolicy,
): string | undefined {
  if (headers.origin === undefined) return undefined;
  const origin = normalOrigin(headers.origin);
  if (origin !== undefined && allowedOrigins(headers.host, policy).has(origin)) return undefined;
  return (
    `Pages from ${headers.origin} may not open this socket. Open Mesa at ${normalOrigin(policy.publicUrl) ?? policy.publicUrl}, ` +
    `or have the operator add ${origin ?? "that origin"} to ALLOWED_ORIGINS.`
  );
}

function allowedOrigins(host: string | undefined, policy: OriginPolicy): Set<string> {
  const allowed = new Set(policy.allowedOrigins);
  const publicOrigin = normalOrigin(policy.publicUrl);
  if (publicOrigin !== undefined) allowed.add(publicOrigin);
  if (host !== undefined) {
    for (const scheme of ["http", "https"]) {
      const own = normalOrigin(`${scheme}://${host}`);
      if (own !== undefined) allowed.add(own);
    }
  }
  return allowed;
}

/** `scheme://host[:port]` in canonical form (lower case, default port dropped); "null" and junk give undefined. */
function normalOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
  } catch {
    return undefined;
  }
}
