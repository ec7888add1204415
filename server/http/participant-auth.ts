import type { FastifyRequest } from "fastify";
import { verifyParticipantToken, type LinkClaims } from "../auth/tokens";
import type { ParticipantRecord } from "../store/store";
import type { HttpContext } from "./context";
import { ApiError } from "./errors";
import { participantHeadersSchema } from "./schemas";

const REREGISTER = "register again with POST /api/workspaces/:id/participants";

/**
 * The participant behind a request's `X-Participant-Token`, checked against the link the
 * request came with: a participant belongs to the link it registered with, so a new link
 * means a new identity. Anything else is a 401 telling the client to register again.
 */
export async function requireParticipant(
  request: FastifyRequest,
  context: HttpContext,
  workspaceId: string,
  link: LinkClaims,
): Promise<ParticipantRecord> {
  const headers = participantHeadersSchema.safeParse(request.headers);
  if (!headers.success) throw new ApiError(401, "unauthorized", `Missing X-Participant-Token header: ${REREGISTER}.`);
  const participant = await verifyParticipantToken(context.key, headers.data["x-participant-token"]);
  if (!participant || participant.wid !== workspaceId || participant.lid !== link.jti) {
    throw new ApiError(401, "unauthorized", `This participant token is not valid for this link: ${REREGISTER}.`);
  }
  const record = await context.store.getParticipant(participant.pid);
  if (!record || record.linkId !== link.jti || record.workspaceId !== workspaceId) {
    throw new ApiError(401, "unauthorized", `This participant is not on record: ${REREGISTER}.`);
  }
  // Its own code, so the page does not quietly register the person again under the same link.
  if (record.removedAt !== null) {
    throw new ApiError(
      401,
      "participant_removed",
      "The facilitator removed you from this workspace: ask them if you should be back.",
    );
  }
  return record;
}
