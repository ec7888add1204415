"use client";

import { useLinkToken } from "@/lib/client/use-link-token";
import { FullPageMessage } from "@/components/ui/full-page-message";
import { LinkErrorPage } from "./link-error-page";
import { MISSING_TOKEN } from "./link-problem";
import { WorkspaceGate } from "./workspace-gate";

export function WorkspacePage({ workspaceId }: { workspaceId: string }) {
  const token = useLinkToken();
  if (token === undefined) return <FullPageMessage busy title="Opening the workspace…" />;
  if (token === null) return <LinkErrorPage problem={MISSING_TOKEN} />;
  return <WorkspaceGate workspaceId={workspaceId} token={token} />;
}
