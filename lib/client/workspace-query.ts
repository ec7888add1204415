import { queryOptions } from "@tanstack/react-query";
import * as z from "../zod";
import { apiRequest, shouldRetry } from "./api";
import { roleSchema } from "./roles";

export const workspaceInfoSchema = z.object({ id: z.string(), title: z.string(), role: roleSchema });
export type WorkspaceInfo = z.infer<typeof workspaceInfoSchema>;

/** What the page's link grants: checked before connecting, and again when the socket keeps failing. */
export function workspaceQuery(workspaceId: string, token: string) {
  return queryOptions({
    queryKey: ["workspace", workspaceId, token] as const,
    queryFn: ({ signal }) =>
      apiRequest(`/api/workspaces/${encodeURIComponent(workspaceId)}`, workspaceInfoSchema, { token, signal }),
    retry: shouldRetry,
    staleTime: Infinity,
    refetchOnWindowFocus: false,
  });
}
