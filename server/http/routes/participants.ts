import type { FastifyInstance } from "fastify";
import { CLOSE } from "../../../lib/contract";
import { signParticipantToken, verifyParticipantToken } from "../../auth/tokens";
import { newId } from "../../ids";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { requireParticipant } from "../participant-auth";
import { requireLink } from "../request-auth";
import { participantParamsSchema, registerParticipantBodySchema, workspaceParamsSchema } from "../schemas";

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
      removedAt: null,
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

  // Anyone renames themselves; the new name shows in everyone's presence list at once.
  app.patch("/api/workspaces/:id/participants/me", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id);
    const record = await requireParticipant(request, context, id, claims);
    const { name } = parseOrThrow(registerParticipantBodySchema, request.body ?? {}, "invalid_body");
    await context.store.renameParticipant(record.id, name);
    context.sockets.renameParticipant(id, record.id, name);
    return reply.header("cache-control", "no-store").send({ participantId: record.id, name });
  });

  app.delete("/api/workspaces/:id/participants/:participantId", async (request, reply) => {
    const { id, participantId } = parseOrThrow(participantParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "facilitator");
    const record = await context.store.getParticipant(participantId);
    if (!record || record.workspaceId !== id) {
      throw new ApiError(404, "not_found", `Participant ${participantId} is not a participant of this workspace.`);
    }
    if (await isCaller(request.headers["x-participant-token"], context, record.id)) {
      throw new ApiError(409, "conflict", "You cannot remove yourself: another facilitator can.");
    }
    if (record.removedAt === null) await context.store.removeParticipant(record.id, Date.now());
    const closed = context.sockets.closeWhere(
      (socket) => socket.participant?.id === record.id,
      CLOSE.revoked,
      "the facilitator removed you from this workspace",
    );
    request.log.info({ workspaceId: id, participantId, by: claims.jti, closed }, "participant removed");
    return reply.status(204).send();
  });
}

/** Whether the request's own participant token (optional here) names `participantId`. */
async function isCaller(header: string | string[] | undefined, context: HttpContext, participantId: string) {
  if (typeof header !== "string") return false;
  return (await verifyParticipantToken(context.key, header))?.pid === participantId;
}
