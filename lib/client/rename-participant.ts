import type { QueryClient } from "@tanstack/react-query";
import { participantInfoSchema } from "@/lib/contract/bodies";
import { apiRequest } from "./api";
import { identityEntry } from "./identity";
import { participantQuery } from "./participant-query";
import { storedParticipant } from "./participant-store";

/**
 * Renames this person in one workspace: the server stores the name and re-stamps their
 * presence for everyone at once; this browser then keeps the new name for what it writes
 * from now on (and for workspaces it joins later). The participant query is keyed by name,
 * so its answer is carried over first: the page must not re-check the participant for it.
 */
export async function renameParticipant(options: {
  queryClient: QueryClient;
  workspaceId: string;
  token: string;
  name: string;
}): Promise<string> {
  const { queryClient, workspaceId, token } = options;
  const participant = storedParticipant(workspaceId);
  if (!participant) throw new Error("This browser has not joined the workspace yet: reload the page, then try again.");
  const renamed = await apiRequest(
    `/api/workspaces/${encodeURIComponent(workspaceId)}/participants/me`,
    participantInfoSchema,
    { method: "PATCH", token, participantToken: participant.participantToken, body: { name: options.name } },
  );
  queryClient.setQueryData(participantQuery(workspaceId, token, renamed.name).queryKey, participant);
  const identity = identityEntry.read();
  if (identity) identityEntry.write({ ...identity, name: renamed.name });
  return renamed.name;
}
