import { queryOptions } from "@tanstack/react-query";
import { workspaceInfoSchema } from "@/lib/contract/bodies";
import { apiRequest, shouldRetry } from "./api";

export { workspaceInfoSchema, type WorkspaceInfo } from "@/lib/contract/bodies";

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
