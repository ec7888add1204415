"use client";

import Link from "next/link";
import type { ConnectionSnapshot } from "@/lib/client/collab-session";
import type { Identity } from "@/lib/client/identity";
import { ROLE_LABEL } from "@/lib/client/roles";
import { PresentButton } from "@/components/present/present-button";
import { ExportButton } from "@/components/exports/export-button";
import { canFacilitate } from "@/lib/contract/roles";
import { ShareButton } from "@/components/share/share-button";
import { OpenThreadsButton } from "@/components/threads/open-threads-button";
import { ConnectionBadge } from "./connection-badge";
import { ConnectionNotices } from "./connection-notices";
import { PresenceList } from "./presence-list";
import { RefusalNotices } from "./refusal-notices";
import { UndoButtons } from "./undo-buttons";
import { useWorkspace } from "./workspace-context";
import { WorkspaceTitle } from "./workspace-title";

interface DashboardHeaderProps {
  title: string;
  connection: ConnectionSnapshot;
  identity: Identity;
  /** Starts present mode; null until the workspace has loaded. */
  onPresent: (() => void) | null;
}

export function DashboardHeader({ title, connection, identity, onPresent }: DashboardHeaderProps) {
  const { role } = useWorkspace();
  return (
    <header className="z-20 border-b border-line bg-surface/95 backdrop-blur sm:sticky sm:top-0">
      <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-4 gap-y-2 px-3 py-2.5 sm:px-6">
        {/* No prefetch: the start page is seldom wanted from here, and fetching it competes
            with the workspace's own start-up. */}
        <Link href="/" prefetch={false} className="text-xs font-semibold tracking-wider text-accent uppercase">
          Mesa
        </Link>
        <WorkspaceTitle title={title} />
        <div className="flex flex-wrap items-center gap-2">
          <UndoButtons />
          <span
            data-testid="role-badge"
            className="rounded-full border border-line bg-canvas px-2 py-0.5 text-xs font-medium"
          >
            {ROLE_LABEL[role]}
            {role === "viewer" && <span className="text-muted"> · read-only</span>}
          </span>
          <ConnectionBadge connection={connection} />
          <OpenThreadsButton />
          {onPresent && <PresentButton onPresent={onPresent} />}
          <ExportButton kind="pdf">Download PDF</ExportButton>
          {canFacilitate(role) && <ShareButton />}
        </div>
        <PresenceList identity={identity} />
      </div>
      {/* No padding of its own: the refusals' live region stays in the page while empty. */}
      <div className="mx-auto max-w-[1600px] px-3 sm:px-6">
        <ConnectionNotices connection={connection} />
        <RefusalNotices />
      </div>
    </header>
  );
}
