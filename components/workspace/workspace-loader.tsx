"use client";

import { useQuery } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useEffect } from "react";
import { identityEntry } from "@/lib/client/identity";
import { participantQuery } from "@/lib/client/participant-query";
import { useLinkToken } from "@/lib/client/use-link-token";
import { useLocalEntry } from "@/lib/client/use-local-entry";
import { workspaceQuery } from "@/lib/client/workspace-query";
import { FullPageMessage } from "@/components/ui/full-page-message";
import { isLinkRejection } from "./link-problem";

// Ask for the page's scripts as soon as this module runs in the browser rather than when the
// dynamic component first renders, so the downloads overlap React's start-up. The live
// document's code comes first, on its own, and asks for the page's components, which leave
// out what it brought: the socket opens while they download.
const loadSessions = () => import("./workspace-scripts");
const earlySessions = typeof window === "undefined" ? null : loadSessions();
const loadWorkspacePage = () => (earlySessions ?? loadSessions()).then((module) => module.loadWorkspacePage());
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

/**
 * While the page's scripts download and start, this checks the link and the participant (the
 * same queries the page asks, so it finds their answers waiting) and, for a returning person
 * whose name is stored, opens the workspace's socket: the document syncs in the meantime.
 */
export function WorkspaceLoader({ workspaceId }: { workspaceId: string }) {
  const token = useLinkToken() ?? null;
  const identity = useLocalEntry(identityEntry, null);
  const info = useQuery({ ...workspaceQuery(workspaceId, token ?? ""), enabled: token !== null });
  useQuery({
    ...participantQuery(workspaceId, token ?? "", identity?.name ?? ""),
    enabled: token !== null && identity !== null,
  });
  useEarlySession(workspaceId, token, identity !== null && !isLinkRejection(info.error));
  return <WorkspacePage workspaceId={workspaceId} />;
}

/** Holds the workspace's session (the page takes over the same one) while `wanted`. */
function useEarlySession(workspaceId: string, token: string | null, wanted: boolean) {
  useEffect(() => {
    if (!token || !wanted) return undefined;
    const sessions = earlySessions ?? loadSessions();
    let held: string | null = null;
    let current = true;
    sessions.then(
      (module) => {
        if (!current) return;
        held = module.acquireSession(workspaceId, token).key;
        module.retainSession(held);
      },
      // The page asks for the same script and says what went wrong.
      () => undefined,
    );
    return () => {
      current = false;
      const key = held;
      if (key) void sessions.then((module) => module.releaseSession(key));
    };
  }, [workspaceId, token, wanted]);
}
