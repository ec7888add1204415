"use client";

import dynamic from "next/dynamic";
import { FullPageMessage } from "@/components/ui/full-page-message";

/**
 * The workspace needs the link token from the URL fragment, which only the browser has, so
 * there is nothing to render on the server. Skipping SSR also keeps Yjs out of the server's
 * Next bundle, where a second copy next to the socket server's would break its type checks.
 */
export const WorkspaceLoader = dynamic(() => import("./workspace-page").then((module) => module.WorkspacePage), {
  ssr: false,
  loading: () => <FullPageMessage busy title="Opening the workspace…" />,
});
