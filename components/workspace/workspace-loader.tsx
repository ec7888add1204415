"use client";

import { useQueryClient } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useEffect } from "react";
import { identityEntry } from "@/lib/client/identity";
import { participantQuery } from "@/lib/client/participant-query";
import { readToken } from "@/lib/client/use-link-token";
import { workspaceQuery } from "@/lib/client/workspace-query";
import { FullPageMessage } from "@/components/ui/full-page-message";

const loadWorkspacePage = () => import("./workspace-page").then((module) => module.WorkspacePage);

// Ask for the page's script as soon as this module runs in the browser rather than when the
// dynamic component first renders, so the download overlaps React's start-up.
const early = typeof window === "undefined" ? null : loadWorkspacePage();

/**
 * The workspace needs the link token from the URL fragment, which only the browser has, so
 * there is nothing to render on the server. Skipping SSR also keeps Yjs out of the server's
 * Next bundle, where a second copy next to the socket server's would break its type checks.
 */
const WorkspacePage = dynamic(() => early ?? loadWorkspacePage(), {
  ssr: false,
  loading: () => <FullPageMessage busy title="Opening the workspace…" />,
});

export function WorkspaceLoader({ workspaceId }: { workspaceId: string }) {
  const client = useQueryClient();
  // While the page's script downloads and starts, check the link and the participant it will
  // ask about first: the same queries, so the page finds their answers (or errors) waiting.
  useEffect(() => {
    const token = readToken();
    if (!token) return;
    void client.prefetchQuery(workspaceQuery(workspaceId, token));
    const identity = identityEntry.read();
    if (identity) void client.prefetchQuery(participantQuery(workspaceId, token, identity.name));
  }, [client, workspaceId]);
  return <WorkspacePage workspaceId={workspaceId} />;
}
