"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import * as z from "../zod";
import type { Author } from "@/lib/collab";
import { importedSeriesSchema, type SeriesImportInput } from "@/lib/domain/imported-series";
import { ApiError, apiRequest } from "./api";
import type { CollabSession } from "./collab-session";
import { importedSeriesKey, importedSeriesPath } from "./imported-series-query";
import { storedParticipant } from "./participant-store";

export interface SeriesChangeScope {
  workspaceId: string;
  token: string;
  session: CollabSession;
  /** Null for viewers, who cannot change series. */
  author: Author | null;
}

export type SeriesImportRequest = SeriesImportInput & { csv: string };

/**
 * After a change: refetch this page's list. The server tells everyone else through the
 * document (the series revision is server-owned), so their lists refetch too.
 */
function useAfterChange(scope: SeriesChangeScope) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: importedSeriesKey(scope.workspaceId) });
  };
}

/** Imports a CSV as a new series. A CSV with problems fails with an ApiError listing them all. */
export function useImportSeries(scope: SeriesChangeScope) {
  const afterChange = useAfterChange(scope);
  return useMutation({
    mutationFn: async (request: SeriesImportRequest) => {
      const participant = storedParticipant(scope.workspaceId);
      if (!participant) {
        throw new ApiError(401, "unauthorized", "This browser is not registered in the workspace: reload the page.");
      }
      return apiRequest(importedSeriesPath(scope.workspaceId), importedSeriesSchema, {
        method: "POST",
        token: scope.token,
        participantToken: participant.participantToken,
        body: request,
      });
    },
    onSuccess: afterChange,
  });
}

/** Removes an imported series; one someone else removed already counts as removed. */
export function useRemoveSeries(scope: SeriesChangeScope) {
  const afterChange = useAfterChange(scope);
  return useMutation({
    mutationFn: async (seriesId: string) => {
      try {
        await apiRequest(`${importedSeriesPath(scope.workspaceId)}/${encodeURIComponent(seriesId)}`, z.undefined(), {
          method: "DELETE",
          token: scope.token,
        });
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 404)) throw error;
      }
    },
    onSuccess: afterChange,
  });
}
