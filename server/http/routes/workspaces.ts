import type { FastifyInstance } from "fastify";
import { setWorkspaceTitle } from "../../../lib/collab";
import { createWorkspace } from "../../workspaces/create-workspace";
import type { HttpContext } from "../context";
import { ApiError, parseOrThrow } from "../errors";
import { perAddressLimit } from "../rate-limits";
import { requireLink } from "../request-auth";
import { createWorkspaceBodySchema, renameWorkspaceBodySchema, workspaceParamsSchema } from "../schemas";

export function registerWorkspaceRoutes(app: FastifyInstance, context: HttpContext): void {
  const limit = perAddressLimit(context.rateLimits.createPer10Min, "workspaces created");
  app.post("/api/workspaces", { config: limit }, async (request, reply) => {
    const body = parseOrThrow(createWorkspaceBodySchema, request.body ?? {}, "invalid_body");
    const created = await createWorkspace(context, body);
    request.log.info({ workspaceId: created.id, template: body.template }, "workspace created");
    return reply.status(201).header("cache-control", "no-store").send(created);
  });

  app.get("/api/workspaces/:id", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id);
    const workspace = await context.store.getWorkspace(id);
    if (!workspace) throw new ApiError(404, "not_found", `Workspace ${id} does not exist.`);
    return reply.header("cache-control", "no-store").send({
      id,
      title: workspace.title,
      role: claims.role,
      linkId: claims.jti,
      ...(claims.role === "viewer" ? { view: claims.record.view } : {}),
    });
  });

  // The title is server-owned in the document: only a facilitator renames, and only here.
  app.patch("/api/workspaces/:id", async (request, reply) => {
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const claims = await requireLink(request, context, id, "facilitator");
    const { title } = parseOrThrow(renameWorkspaceBodySchema, request.body ?? {}, "invalid_body");
    await context.changeDocument(id, (doc) => setWorkspaceTitle(doc, title));
    await context.store.renameWorkspace(id, title);
    request.log.info({ workspaceId: id, linkId: claims.jti }, "workspace renamed");
    return reply.header("cache-control", "no-store").send({ id, title, role: claims.role });
  });
}
