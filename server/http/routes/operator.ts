import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import { verifyOperatorToken, type TokenKey } from "../../auth/tokens";
import type { RoomManager } from "../../collab/room-manager";
import { rollbackLive, RollbackError } from "../../operator/rollback";
import type { Store } from "../../store/store";
import { ApiError, parseOrThrow } from "../errors";
import { workspaceParamsSchema } from "../schemas";

export interface OperatorRouteDeps {
  store: Store;
  key: TokenKey;
  rooms: RoomManager;
}

const rollbackBodySchema = z.object({
  snapshotId: z.number({ error: "snapshotId must be a snapshot id (a positive integer)" }).int().positive(),
});

/**
 * Routes for the operator command (`npm run mesa`), which mints a 60-second operator token
 * from the server's secret. They exist so that a change to a live room is made inside the
 * process that holds the room.
 */
export function registerOperatorRoutes(app: FastifyInstance, deps: OperatorRouteDeps): void {
  app.post("/api/operator/workspaces/:id/rollback", async (request, reply) => {
    await requireOperator(request, deps.key);
    const { id } = parseOrThrow(workspaceParamsSchema, request.params, "invalid_params");
    const { snapshotId } = parseOrThrow(rollbackBodySchema, request.body ?? {}, "invalid_body");
    if ((await deps.store.getWorkspace(id)) === undefined) {
      throw new ApiError(404, "not_found", `Workspace ${id} does not exist.`);
    }
    try {
      const result = await rollbackLive(deps, id, snapshotId);
      request.log.warn({ ...result }, "workspace rolled back by the operator");
      return reply.header("cache-control", "no-store").send(result);
    } catch (error) {
      if (error instanceof RollbackError) {
        throw new ApiError(error.status, error.status === 404 ? "not_found" : "invalid_body", error.message);
      }
      throw error;
    }
  });
}

async function requireOperator(request: FastifyRequest, key: TokenKey): Promise<void> {
  const token = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? "")?.[1];
  if (token === undefined || !(await verifyOperatorToken(key, token))) {
    throw new ApiError(
      401,
      "unauthorized",
      "This route needs `Authorization: Bearer <operator token>` from `npm run mesa` run with the server's DATA_DIR and APP_SECRET.",
    );
  }
}
