import type { FastifyInstance } from "fastify";
import { CLOSE, type LinkSummary, type LinkToken } from "../../../lib/contract";
import { createLink, signedLink } from "../../workspaces/create-workspace";
import type { LinkRecord, ParticipantRecord } from "../../store/store";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { requireLink } from "../request-auth";
import { createLinkBodySchema, linkParamsSchema, workspaceParamsSchema } from "../schemas";

/** Every resource has a bound: a workspace shared with this many links is better served by fewer, shared ones. */
export const MAX_LINKS_PER_WORKSPACE = 200;

/** Links a facilitator mints, lists, copies again, revokes and rotates; docs/api.md "Links and participants". */
export function registerLinkRoutes(app: FastifyInstance, context: HttpContext): void {
  app.get("/api/workspaces/:id/links", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    await requireLink(request, context, id, "facilitator");
    const [links, participants] = await Promise.all([context.store.listLinks(id), context.store.listParticipants(id)]);
    const sockets = context.sockets.openSocketsByLink(id);
    return reply.header("cache-control", "no-store").send({
      links: links.map((link) => summarize(context, link, participants, sockets)),
    });
  });

  app.post("/api/workspaces/:id/links", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "facilitator");
    const body = parseOrThrow(createLinkBodySchema, request.body ?? {}, "invalid_body");
    if ((await context.store.listLinks(id)).length >= MAX_LINKS_PER_WORKSPACE) {
      throw new ApiError(
        409,
        "limit_reached",
        `This workspace has ${MAX_LINKS_PER_WORKSPACE} links, the most it can hold: share one link with a team rather than one per person.`,
      );
    }
    const created = await createLink(context, { workspaceId: id, ...body });
    request.log.info({ workspaceId: id, linkId: created.link.id, by: claims.jti, role: body.role }, "link created");
    const summary = summarize(context, created.link, [], new Map());
    return reply
      .status(201)
      .header("cache-control", "no-store")
      .send({ ...summary, token: created.token, link: created.url });
  });

  app.get("/api/workspaces/:id/links/:linkId/token", async (request, reply) => {
    const { id, linkId } = parseOrThrow(linkParamsSchema, request.params, "invalid_params");
    await requireLink(request, context, id, "facilitator");
    const link = await liveLink(context, id, linkId);
    const signed = await signedLink(context, link);
    const body: LinkToken = { id: link.id, token: signed.token, link: signed.url };
    return reply.header("cache-control", "no-store").send(body);
  });

  app.delete("/api/workspaces/:id/links/:linkId", async (request, reply) => {
    const { id, linkId } = parseOrThrow(linkParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "facilitator");
    const link = await linkOf(context, id, linkId);
    if (link.id === claims.jti) {
      throw new ApiError(
        409,
        "conflict",
        "This is the link you are using: revoking it would lock you out. Rotate it instead, or revoke it from another facilitator link.",
      );
    }
    if (link.revokedAt === null) await context.store.revokeLink(link.id, Date.now());
    const closed = context.sockets.closeWhere(
      (socket) => socket.linkId === link.id,
      CLOSE.revoked,
      "the facilitator revoked this link",
    );
    request.log.info({ workspaceId: id, linkId, by: claims.jti, closed }, "link revoked");
    return reply.status(204).send();
  });

  app.post("/api/workspaces/:id/links/:linkId/rotate", async (request, reply) => {
    const { id, linkId } = parseOrThrow(linkParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "facilitator");
    const link = await liveLink(context, id, linkId);
    const generation = await context.store.rotateLink(link.id);
    if (generation === undefined) throw new ApiError(404, "not_found", `Link ${linkId} does not exist.`);
    const closed = context.sockets.closeWhere(
      (socket) => socket.linkId === link.id,
      CLOSE.revoked,
      "the facilitator replaced this link with a new one",
    );
    const signed = await signedLink(context, { ...link, generation });
    request.log.info({ workspaceId: id, linkId, by: claims.jti, closed }, "link rotated");
    const body: LinkToken = { id: link.id, token: signed.token, link: signed.url };
    return reply.status(201).header("cache-control", "no-store").send(body);
  });
}

/** A link of this workspace, or 404 (a link of another workspace is not found here either). */
async function linkOf(context: HttpContext, workspaceId: string, linkId: string): Promise<LinkRecord> {
  const link = await context.store.getLink(linkId);
  if (!link || link.workspaceId !== workspaceId) {
    throw new ApiError(404, "not_found", `Link ${linkId} is not a link of this workspace.`);
  }
  return link;
}

/** A link that still opens the workspace: a revoked or expired one cannot be copied or rotated back to life. */
async function liveLink(context: HttpContext, workspaceId: string, linkId: string): Promise<LinkRecord> {
  const link = await linkOf(context, workspaceId, linkId);
  if (link.revokedAt !== null) {
    throw new ApiError(409, "conflict", "This link was revoked and stays so: create a new link instead.");
  }
  if (link.expiresAt !== null && link.expiresAt <= Date.now()) {
    throw new ApiError(409, "conflict", "This link has expired: create a new link instead.");
  }
  return link;
}

function summarize(
  context: HttpContext,
  link: LinkRecord,
  participants: readonly ParticipantRecord[],
  sockets: ReadonlyMap<string, number>,
): LinkSummary {
  const used = context.linkUsage.lastUsed(link.id);
  return {
    id: link.id,
    label: link.label,
    role: link.role,
    view: link.view,
    createdAt: link.createdAt,
    expiresAt: link.expiresAt,
    lastUsedAt: used === undefined ? link.lastUsedAt : Math.max(used, link.lastUsedAt ?? 0),
    revokedAt: link.revokedAt,
    openSockets: sockets.get(link.id) ?? 0,
    participants: participants
      .filter((participant) => participant.linkId === link.id)
      .map((participant) => ({ id: participant.id, name: participant.name, removedAt: participant.removedAt })),
  };
}
