import type { FastifyInstance } from "fastify";
import { signParticipantToken, verifyParticipantToken } from "../../auth/tokens";
import { newId } from "../../ids";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { requireLink } from "../request-auth";
import { participantHeadersSchema, registerParticipantBodySchema, workspaceParamsSchema } from "../schemas";

const REREGISTER = "register again with POST /api/workspaces/:id/participants";

export function registerParticipantRoutes(app: FastifyInstance, context: HttpContext): void {
  app.post("/api/workspaces/:id/participants", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id);
    const { name } = parseOrThrow(registerParticipantBodySchema, request.body ?? {}, "invalid_body");
    const participantId = newId();
    await context.store.createParticipant({
      id: participantId,
      workspaceId: id,
      linkId: claims.jti,
      name,
      createdAt: Date.now(),
    });
    const participantToken = await signParticipantToken(context.key, { wid: id, pid: participantId, lid: claims.jti });
    return reply.status(201).header("cache-control", "no-store").send({ participantId, participantToken });
  });

  app.get("/api/workspaces/:id/participants/me", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id);
    const headers = participantHeadersSchema.safeParse(request.headers);
    if (!headers.success) throw new ApiError(401, "unauthorized", `Missing X-Participant-Token header: ${REREGISTER}.`);
    const participant = await verifyParticipantToken(context.key, headers.data["x-participant-token"]);
    // A participant belongs to the link it registered with: a new link means a new identity.
    if (!participant || participant.wid !== id || participant.lid !== claims.jti) {
      throw new ApiError(401, "unauthorized", `This participant token is not valid for this link: ${REREGISTER}.`);
    }
    const record = await context.store.getParticipant(participant.pid);
    if (!record || record.linkId !== claims.jti || record.workspaceId !== id) {
      throw new ApiError(401, "unauthorized", `This participant is not on record: ${REREGISTER}.`);
    }
    return reply.header("cache-control", "no-store").send({ participantId: record.id, name: record.name });
  });
}
