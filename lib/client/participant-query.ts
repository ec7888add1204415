import { queryOptions } from "@tanstack/react-query";
import * as z from "../zod";
import { ApiError, apiRequest, shouldRetry } from "./api";
import { storeParticipant, storedParticipant, storedParticipantSchema } from "./participant-store";

const meSchema = z.object({ participantId: z.string(), name: z.string() });

export interface Participant {
  participantId: string;
  participantToken: string;
}

/**
 * The participant id this browser writes under in one workspace: the stored one if the server
 * still accepts it, else a newly registered one. Modelled as a query rather than a mutation
 * because it is idempotent from the page's view and must run once even when React mounts twice.
 */
export function participantQuery(workspaceId: string, token: string, name: string) {
  const base = `/api/workspaces/${encodeURIComponent(workspaceId)}/participants`;
  return queryOptions({
    queryKey: ["participant", workspaceId, token, name] as const,
    queryFn: async ({ signal }): Promise<Participant> => {
      const stored = storedParticipant(workspaceId);
      if (stored) {
        try {
          await apiRequest(`${base}/me`, meSchema, { token, participantToken: stored.participantToken, signal });
          return stored;
        } catch (error) {
          // 401 means the stored id no longer counts (other link, other secret): register anew.
          // A person the facilitator removed is told so rather than quietly let back in.
          if (!(error instanceof ApiError && error.status === 401) || error.code === "participant_removed") throw error;
        }
      }
      const registered = await apiRequest(base, storedParticipantSchema, {
        method: "POST",
        token,
        body: { name },
        signal,
      });
      storeParticipant(workspaceId, registered);
      return registered;
    },
    retry: shouldRetry,
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
