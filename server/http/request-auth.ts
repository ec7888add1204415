import { hasRole, type Role } from "../../lib/contract";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { verifyLinkToken, type LinkClaims } from "../auth/tokens";
import type { LinkRecord } from "../store/store";
import type { HttpContext } from "./context";
import { ApiError } from "./errors";

const bearerSchema = z
  .string()
  .regex(/^Bearer\s+\S+$/i)
  .transform((header) => header.replace(/^Bearer\s+/i, ""));

/** A verified link token's claims and the link's record as the store holds it. */
export type AuthorizedLink = LinkClaims & { record: LinkRecord };

/** The verified link behind a request's `Authorization: Bearer <token>`, or a 401/403/404. */
export async function requireLink(
  request: FastifyRequest,
  context: HttpContext,
  workspaceId: string,
  role: Role = "viewer",
): Promise<AuthorizedLink> {
  const header = request.headers.authorization;
  if (header === undefined) {
    throw new ApiError(
      401,
      "unauthorized",
      "Missing Authorization header: send `Authorization: Bearer <token from your link>`.",
    );
  }
  const token = bearerSchema.safeParse(header);
  if (!token.success) {
    throw new ApiError(401, "unauthorized", "Malformed Authorization header: expected `Bearer <token>`.");
  }
  const result = await verifyLinkToken(token.data, { key: context.key, workspaceId, lookup: context.store });
  if (!result.ok) throw new ApiError(result.status, result.code, result.message);
  context.linkUsage.used(result.claims.jti);
  if (!hasRole(result.claims.role, role)) {
    throw new ApiError(403, "forbidden", `This needs a ${role} link; yours is a ${result.claims.role} link.`);
  }
  return { ...result.claims, record: result.link };
}
