"use client";

import { useQuery } from "@tanstack/react-query";
import { importedSeriesQuery } from "@/lib/client/imported-series-query";
import { canEdit } from "@/lib/client/roles";
import type { SeriesChangeScope } from "@/lib/client/use-series-changes";
import { useLinkToken } from "@/lib/client/use-link-token";
import { useSeriesRevision } from "@/lib/client/use-series-revision";
import { useWorkspace } from "@/components/workspace/workspace-context";

/**
 * The workspace's imported series, refetched whenever anyone signals a change through the
 * document, and the scope an import or removal needs (null for viewers, who may only read).
 */
export function useImportedSeries() {
  const { workspaceId, session, role, author } = useWorkspace();
  const token = useLinkToken() ?? "";
  const revision = useSeriesRevision(session);
  const query = useQuery({ ...importedSeriesQuery(workspaceId, token, revision), enabled: token !== "" });
  const scope: SeriesChangeScope | null =
    canEdit(role) && author && token ? { workspaceId, token, session, author } : null;
  return { query, scope };
}
