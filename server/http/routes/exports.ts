import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { readWorkspace, type WorkspaceSnapshot } from "../../../lib/collab";
import { readOutcomes } from "../../../lib/collab/read-sessions";
import type { RecordedOutcome } from "../../../lib/contract/sessions";
import { EXPORT_FILES, exportFileName, type ExportKind } from "../../../lib/contract/exports";
import { matrixCsv } from "../../export/matrix-csv";
import { PdfBusyError } from "../../export/pdf/pdf-renderer";
import { registerCsv } from "../../export/register-csv";
import { workspaceExport } from "../../export/workspace-json";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { requireLink } from "../request-auth";
import { workspaceParamsSchema } from "../schemas";

/** `filename` for old clients (ASCII), `filename*` (RFC 5987) for the rest. */
function attachment(title: string, kind: ExportKind): string {
  const name = exportFileName(title, kind);
  return `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** Any role may export; what is read is the document as it stands, in its room's turn. */
async function readForExport(
  request: FastifyRequest,
  context: HttpContext,
): Promise<{ id: string; snapshot: WorkspaceSnapshot; outcomes: Record<string, RecordedOutcome> }> {
  const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
  await requireLink(request, context, id);
  // A value the room let in but the schema refuses is left out, as the page leaves it out.
  const report = (where: string, problem: string) =>
    request.log.warn({ workspaceId: id, where, problem }, "invalid value left out of an export");
  const { snapshot, outcomes } = await context.readDocument(id, (doc) => ({
    snapshot: readWorkspace(doc, report),
    outcomes: readOutcomes(doc, report),
  }));
  return { id, snapshot, outcomes };
}

function sendFile(reply: FastifyReply, kind: ExportKind, title: string, body: string | Buffer): FastifyReply {
  const type = EXPORT_FILES[kind].type;
  return reply
    .header("content-type", type === "application/pdf" ? type : `${type}; charset=utf-8`)
    .header("content-disposition", attachment(title, kind))
    .header("cache-control", "no-store")
    .send(body);
}

export function registerExportRoutes(app: FastifyInstance, context: HttpContext): void {
  app.get("/api/workspaces/:id/export/matrix.csv", async (request, reply) => {
    const { snapshot } = await readForExport(request, context);
    return sendFile(reply, "matrix", snapshot.meta.title, matrixCsv(snapshot));
  });

  app.get("/api/workspaces/:id/export/register.csv", async (request, reply) => {
    const { snapshot } = await readForExport(request, context);
    return sendFile(reply, "register", snapshot.meta.title, registerCsv(snapshot));
  });

  app.get("/api/workspaces/:id/export.json", async (request, reply) => {
    const { id, snapshot, outcomes } = await readForExport(request, context);
    const imported = await context.store.listSeries(id);
    const body = JSON.stringify(workspaceExport(id, snapshot, outcomes, imported, Date.now()), null, 2);
    return sendFile(reply, "json", snapshot.meta.title, body);
  });

  app.get("/api/workspaces/:id/export.pdf", async (request, reply) => {
    const { id, snapshot, outcomes } = await readForExport(request, context);
    const imported = await context.store.listSeries(id);
    const started = performance.now();
    const pdf = await context
      .renderBrief({ workspaceId: id, snapshot, imported, outcomes, exportedAt: Date.now() })
      .catch((error: unknown) => {
        if (error instanceof PdfBusyError) throw new ApiError(503, "unavailable", error.message);
        throw error;
      });
    request.log.info(
      { workspaceId: id, bytes: pdf.byteLength, ms: Math.round(performance.now() - started) },
      "brief exported",
    );
    return sendFile(reply, "pdf", snapshot.meta.title, Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
  });
}
