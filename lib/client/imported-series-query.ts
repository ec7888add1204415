import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import * as z from "../zod";
import { importedSeriesSchema } from "@/lib/domain/imported-series";
import { apiRequest, shouldRetry } from "./api";

const listSchema = z.object({ series: z.array(importedSeriesSchema) });

/** Every cached list of one workspace, whatever revision: what an import or removal invalidates. */
export function importedSeriesKey(workspaceId: string) {
  return ["imported-series", workspaceId] as const;
}

export function importedSeriesPath(workspaceId: string): string {
  return `/api/workspaces/${encodeURIComponent(workspaceId)}/series`;
}

/**
 * The series analysts imported into a workspace, newest first. `revision` is the workspace
 * document's series signal (readSeriesRevision): when anyone imports or removes a series it
 * changes, the key changes, and every open page fetches the new list. Between signals
 * nothing changes on the server, so the list stays fresh for a long time; the previous list
 * stays on screen while the next one loads.
 */
export function importedSeriesQuery(workspaceId: string, token: string, revision: string) {
  return queryOptions({
    queryKey: [...importedSeriesKey(workspaceId), token, revision] as const,
    queryFn: async ({ signal }) =>
      (await apiRequest(importedSeriesPath(workspaceId), listSchema, { token, signal })).series,
    retry: shouldRetry,
    staleTime: 5 * 60_000,
    placeholderData: keepPreviousData,
  });
}
