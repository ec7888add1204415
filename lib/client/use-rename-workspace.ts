"use client";

import { useMutation } from "@tanstack/react-query";
import { workspaceInfoSchema } from "@/lib/contract";
import { apiRequest } from "./api";

/**
 * Renames a workspace (facilitators only). The title is server-owned in the document, so
 * every open page, this one included, shows the new title when the server writes it there.
 */
export function useRenameWorkspace(workspaceId: string, token: string) {
  return useMutation({
    mutationFn: (title: string) =>
      apiRequest(`/api/workspaces/${encodeURIComponent(workspaceId)}`, workspaceInfoSchema, {
        method: "PATCH",
        token,
        body: { title },
      }),
  });
}
