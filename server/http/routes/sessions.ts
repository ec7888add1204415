import type { FastifyInstance, FastifyRequest } from "fastify";
import type * as zm from "zod/mini";
import { z } from "zod";
import { idSchema } from "../../../lib/contract";
import {
  answerBodySchema,
  createSessionBodySchema,
  extendBodySchema,
  newRoundBodySchema,
  recordBodySchema,
  revertBodySchema,
} from "../../../lib/contract/sessions";
import { readSnapshot } from "../../sessions/publication";
import { recordOutcomes, revertOutcome } from "../../sessions/recording";
import { resultsCsv } from "../../sessions/results-csv";
import type { Actor, SessionService } from "../../sessions/service";
import { sessionDetail, sessionList } from "../../sessions/views";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { requireParticipant } from "../participant-auth";
import { requireLink } from "../request-auth";
import { workspaceParamsSchema } from "../schemas";

const sessionParamsSchema = z.object({ id: idSchema, sessionId: idSchema });
const participantParamsSchema = z.object({ id: idSchema, sessionId: idSchema, participantId: idSchema });

/** Parses a body with a contract schema; the first issue becomes a 400 naming its field. */
function parseBody<T>(schema: zm.ZodMiniType<T>, value: unknown): T {
  const result = schema.safeParse(value ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  const message = issue?.message ?? "invalid value";
  throw new ApiError(400, "invalid_body", field ? `${field}: ${message}` : message, field || undefined);
}

function noStore<T>(reply: { header(name: string, value: string): T }): T {
  return reply.header("cache-control", "no-store");
}

/**
 * Live rating sessions (docs/api.md, "Rating sessions"). Answers are read back only by their
 * author; results only once a round closed; who has not answered only by the facilitator.
 */
export function registerSessionRoutes(app: FastifyInstance, context: HttpContext, service: SessionService): void {
  const base = "/api/workspaces/:id/sessions";
  const facilitator = async (request: FastifyRequest) => {
    const { id, sessionId } = parseOrThrow(sessionParamsSchema, request.params, "invalid_params");
    await requireLink(request, context, id, "facilitator");
    return { id, sessionId };
  };
  /** The facilitator as a participant: their name goes with what they write into the workspace. */
  const facilitatorParticipant = async (request: FastifyRequest) => {
    const { id, sessionId } = parseOrThrow(sessionParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "facilitator");
    return { id, sessionId, participant: await requireParticipant(request, context, id, claims) };
  };

  app.post(base, async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    await requireLink(request, context, id, "facilitator");
    const body = parseBody(createSessionBodySchema, request.body);
    const opened = await service.create(id, body);
    request.log.info({ workspaceId: id, sessionId: opened.id }, "rating session started");
    return noStore(reply.status(201)).send(opened);
  });

  app.get(base, async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    await requireLink(request, context, id);
    return noStore(reply).send(await sessionList(service, id));
  });

  app.get(`${base}/:sessionId`, async (request, reply) => {
    const { id, sessionId } = parseOrThrow(sessionParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id);
    const actor: Actor = { role: claims.role };
    if (request.headers["x-participant-token"] !== undefined) {
      actor.participant = await requireParticipant(request, context, id, claims);
    }
    return noStore(reply).send(await service.read(id, sessionId, (state) => sessionDetail(service, state, actor)));
  });

  app.put(`${base}/:sessionId/answers`, async (request, reply) => {
    const { id, sessionId } = parseOrThrow(sessionParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "analyst");
    const participant = await requireParticipant(request, context, id, claims);
    const body = parseBody(answerBodySchema, request.body);
    return noStore(reply).send(await service.answer(id, sessionId, body, { role: claims.role, participant }));
  });

  app.post(`${base}/:sessionId/close`, async (request, reply) => {
    const { id, sessionId } = await facilitator(request);
    return noStore(reply).send(await service.close(id, sessionId));
  });

  app.post(`${base}/:sessionId/rounds`, async (request, reply) => {
    const { id, sessionId } = await facilitator(request);
    const body = parseBody(newRoundBodySchema, request.body);
    return noStore(reply.status(201)).send(await service.newRound(id, sessionId, body));
  });

  app.post(`${base}/:sessionId/extend`, async (request, reply) => {
    const { id, sessionId } = await facilitator(request);
    const { seconds } = parseBody(extendBodySchema, request.body);
    return noStore(reply).send(await service.extend(id, sessionId, seconds));
  });

  app.post(`${base}/:sessionId/finish`, async (request, reply) => {
    const { id, sessionId } = await facilitator(request);
    return noStore(reply).send(await service.finish(id, sessionId));
  });

  app.post(`${base}/:sessionId/record`, async (request, reply) => {
    const { id, sessionId, participant } = await facilitatorParticipant(request);
    const body = parseBody(recordBodySchema, request.body);
    return noStore(reply).send(await recordOutcomes(service, id, sessionId, body, participant));
  });

  app.post(`${base}/:sessionId/revert`, async (request, reply) => {
    const { id, sessionId, participant } = await facilitatorParticipant(request);
    const { target } = parseBody(revertBodySchema, request.body);
    return noStore(reply).send(await revertOutcome(service, id, sessionId, target, participant));
  });

  for (const action of ["exclude", "admit"] as const) {
    app.post(`${base}/:sessionId/participants/:participantId/${action}`, async (request, reply) => {
      const { id, sessionId, participantId } = parseOrThrow(participantParamsSchema, request.params, "invalid_params");
      await requireLink(request, context, id, "facilitator");
      const participant = await context.store.getParticipant(participantId);
      if (!participant || participant.workspaceId !== id) {
        throw new ApiError(404, "not_found", `This workspace has no participant ${participantId}.`);
      }
      const link = await context.store.getLink(participant.linkId);
      const result = await service.setExcluded(
        id,
        sessionId,
        participant,
        link?.role ?? "viewer",
        action === "exclude",
      );
      return noStore(reply).send(result);
    });
  }

  app.get(`${base}/:sessionId/results.csv`, async (request, reply) => {
    const { id, sessionId } = parseOrThrow(sessionParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id);
    const { history } = await service.read(id, sessionId, (state) =>
      sessionDetail(service, state, { role: claims.role }),
    );
    const csv = resultsCsv(
      history,
      await context.store.listRecordings(sessionId),
      await readSnapshot(service.rooms, id),
    );
    return noStore(reply)
      .header("content-type", "text/csv; charset=utf-8")
      .header("content-disposition", `attachment; filename="session-${sessionId}-results.csv"`)
      .send(csv);
  });
}
