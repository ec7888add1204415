"use client";

import { useCallback, useState } from "react";
import { workspaceInfoSchema } from "@/lib/contract/bodies";
import { apiRequest } from "./api";

export interface RenameState {
  pending: boolean;
  error: Error | null;
}

/**
 * Renames a workspace (facilitators only). The title is server-owned in the document, so
 * every open page, this one included, shows the new title when the server writes it there.
 * Plain state rather than a TanStack mutation: the header renders before the matrix is
 * ready, and the mutation machinery would add to the script the page waits for.
 */
export function useRenameWorkspace(workspaceId: string, token: string) {
  const [state, setState] = useState<RenameState>({ pending: false, error: null });
  const rename = useCallback(
    async (title: string): Promise<boolean> => {
      setState({ pending: true, error: null });
      try {
        await apiRequest(`/api/workspaces/${encodeURIComponent(workspaceId)}`, workspaceInfoSchema, {
          method: "PATCH",
          token,
          body: { title },
        });
        setState({ pending: false, error: null });
        return true;
      } catch (error) {
        setState({ pending: false, error: error instanceof Error ? error : new Error(String(error)) });
        return false;
      }
    },
    [workspaceId, token],
  );
  const reset = useCallback(() => setState({ pending: false, error: null }), []);
  return { ...state, rename, reset };
}
