import { randomBytes } from "node:crypto";
import type { FastifyInstance } from "fastify";
import { CSV_LIMITS, csvProblemSummary, importCsv } from "../../../lib/domain/csv-import";
import { IMPORTED_SERIES_LIMITS, assembleImportedSeries } from "../../../lib/domain/imported-series";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { requireParticipant } from "../participant-auth";
import { perAddressLimit } from "../rate-limits";
import { requireLink } from "../request-auth";
import { importSeriesBodySchema, seriesParamsSchema, workspaceParamsSchema } from "../schemas";

/**
 * JSON escaping can double a CSV's size (every quote and line break becomes two characters),
 * so an import may be twice the CSV limit plus room for the other fields.
 */
export const SERIES_BODY_LIMIT = 2 * CSV_LIMITS.maxBytes + 64 * 1024;

/** Series ids fit the series schema (`[a-z0-9-]`) and never collide with built-in ids. */
function newSeriesId(): string {
  return `imported-${randomBytes(10).toString("hex")}`;
}

export function registerWorkspaceSeriesRoutes(app: FastifyInstance, context: HttpContext): void {
  app.get("/api/workspaces/:id/series", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    await requireLink(request, context, id);
    const series = await context.store.listSeries(id);
    return reply.header("cache-control", "no-store").send({ series });
  });

  const importOptions = {
    bodyLimit: SERIES_BODY_LIMIT,
    config: perAddressLimit(context.rateLimits.importPer10Min, "series imports"),
  };
  app.post("/api/workspaces/:id/series", importOptions, async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "analyst");
    const participant = await requireParticipant(request, context, id, claims);
    const body = parseOrThrow(importSeriesBodySchema, request.body ?? {}, "invalid_body");
    const imported = importCsv(body.csv);
    if (!imported.ok) throw new ApiError(422, "invalid_csv", csvProblemSummary(imported), "csv", imported.problems);
    const assembled = assembleImportedSeries(body, imported, {
      id: newSeriesId(),
      addedBy: { participantId: participant.id, name: participant.name },
      addedAt: Date.now(),
    });
    if (!assembled.ok) throw new ApiError(400, "invalid_body", assembled.message, assembled.field);
    const { series } = assembled;
    if (!(await context.store.createSeries(id, series, IMPORTED_SERIES_LIMITS.perWorkspace))) {
      throw new ApiError(
        409,
        "limit_reached",
        `This workspace already holds ${IMPORTED_SERIES_LIMITS.perWorkspace} imported series, the most it can; remove one before importing another.`,
      );
    }
    request.log.info(
      { workspaceId: id, seriesId: series.id, linkId: claims.jti, points: series.points.length },
      "series imported",
    );
    await context.signalSeriesChanged(id, participant);
    return reply.status(201).header("cache-control", "no-store").send(series);
  });

  app.delete("/api/workspaces/:id/series/:seriesId", async (request, reply) => {
    const { id, seriesId } = parseOrThrow(seriesParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "analyst");
    if (!(await context.store.deleteSeries(id, seriesId))) {
      throw new ApiError(
        404,
        "not_found",
        `Series ${seriesId} is not in this workspace; it may have been removed already.`,
      );
    }
    request.log.info({ workspaceId: id, seriesId, linkId: claims.jti }, "series removed");
    // The header is optional here: without it the change is signalled under the link's role.
    const participant = request.headers["x-participant-token"]
      ? await requireParticipant(request, context, id, claims).catch(() => undefined)
      : undefined;
    await context.signalSeriesChanged(id, participant ?? { id: claims.jti, name: `A ${claims.role}` });
    return reply.status(204).send();
  });
}
