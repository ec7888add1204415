import type { FastifyInstance } from "fastify";
import { signParticipantToken } from "../../auth/tokens";
import { newId } from "../../ids";
import type { HttpContext } from "../context";
import { parseOrThrow } from "../errors";
import { requireParticipant } from "../participant-auth";
import { requireLink } from "../request-auth";
import { registerParticipantBodySchema, workspaceParamsSchema } from "../schemas";

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
    const record = await requireParticipant(request, context, id, claims);
    return reply.header("cache-control", "no-store").send({ participantId: record.id, name: record.name });
  });
}
