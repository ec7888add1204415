"use client";

import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { linksQuery } from "@/lib/client/links-query";
import { useLinkToken } from "@/lib/client/use-link-token";
import { workspaceQuery } from "@/lib/client/workspace-query";
import type { CreatedLink } from "@/lib/contract/links";
import { ModalDialog } from "@/components/threads/modal-dialog";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { LinkList } from "./link-list";
import { NewLinkForm } from "./new-link-form";
import { SendableLink } from "./sendable-link";

interface ShareDialogProps {
  returnFocus: HTMLElement | null;
  onClose: () => void;
}

/**
 * Everything a facilitator does with links: create one for a person or a team, copy it, see
 * who uses it, take it back (revoke), replace it (rotate) and remove one person from it.
 */
export function ShareDialog({ returnFocus, onClose }: ShareDialogProps) {
  const { workspaceId } = useWorkspace();
  const token = useLinkToken() ?? "";
  const headingId = useId();
  const links = useQuery(linksQuery(workspaceId, token));
  const ownLinkId = useQuery(workspaceQuery(workspaceId, token)).data?.linkId;
  const [created, setCreated] = useState<CreatedLink | null>(null);

  return (
    <ModalDialog
      labelledBy={headingId}
      onClose={onClose}
      returnFocus={returnFocus}
      name="share"
      className="m-0 h-dvh max-h-dvh w-full max-w-full sm:m-auto sm:h-auto sm:max-h-[90dvh] sm:max-w-3xl sm:rounded-lg"
    >
      <div className="flex items-center justify-between gap-3 border-b border-line px-4 py-3">
        <h2 id={headingId} className="text-base font-semibold">
          Share this workspace
        </h2>
        <Button variant="ghost" onClick={onClose}>
          Close
        </Button>
      </div>
      <div className="space-y-5 px-4 py-4">
        <NewLinkForm workspaceId={workspaceId} token={token} onCreated={setCreated} />
        {created && (
          <SendableLink
            title={`New ${created.role} link “${created.label}”`}
            url={created.link}
            onDismiss={() => setCreated(null)}
          />
        )}
        <section aria-labelledby={`${headingId}-links`}>
          <h3 id={`${headingId}-links`} className="mb-2 text-sm font-semibold">
            Links of this workspace
          </h3>
          {links.isPending ? (
            <p role="status" className="text-sm text-muted">
              Loading the links…
            </p>
          ) : links.isError ? (
            <div role="alert" className="rounded-md bg-danger-soft px-3 py-2 text-sm text-danger">
              The links could not be loaded: {links.error instanceof Error ? links.error.message : String(links.error)}{" "}
              <Button onClick={() => void links.refetch()}>Try again</Button>
            </div>
          ) : (
            <LinkList links={links.data.links} ownLinkId={ownLinkId} />
          )}
        </section>
      </div>
    </ModalDialog>
  );
}
