"use client";

import type { ReactNode } from "react";
import { useNow } from "@/lib/client/use-now";
import { ROLE_LABEL } from "@/lib/client/roles";
import type { LinkSummary } from "@/lib/contract/links";
import { TimeAgo } from "@/components/threads/time-ago";
import { absoluteTime } from "@/components/threads/relative-time";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "./confirm-button";
import { LinkParticipants } from "./link-participants";
import { SendableLink } from "./sendable-link";
import { useLinkActions } from "./use-link-actions";

function linkState(link: LinkSummary, now: number): "revoked" | "expired" | "live" {
  if (link.revokedAt !== null) return "revoked";
  if (link.expiresAt !== null && link.expiresAt <= now) return "expired";
  return "live";
}

/** One link: what it is, who uses it, and what the facilitator can do with it. */
export function LinkItem({ link, own }: { link: LinkSummary; own: boolean }) {
  const now = useNow();
  const state = linkState(link, now);
  const actions = useLinkActions(link, own);
  const headingId = `link-${link.id}`;
  return (
    <li aria-labelledby={headingId} data-testid="share-link" className="space-y-2 px-3 py-3 text-sm">
      <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
        <h4 id={headingId} className="font-semibold">
          {link.label}
        </h4>
        <span className="rounded-full border border-line px-2 text-xs">
          {ROLE_LABEL[link.role]}
          {link.role === "viewer" && (link.view === "summary" ? " · summary" : " · full dashboard")}
        </span>
        {own && <span className="text-xs text-muted">(your link)</span>}
        {state !== "live" && (
          <span className="rounded-full bg-danger-soft px-2 text-xs font-medium text-danger">
            {state === "revoked" ? "Revoked" : "Expired"}
          </span>
        )}
      </div>
      <LinkFacts link={link} />
      {state === "live" && <LinkActions link={link} own={own} actions={actions} />}
      {actions.fresh && (
        <SendableLink title={`New link for “${link.label}”`} url={actions.fresh} onDismiss={actions.dismissFresh} />
      )}
      {actions.error && (
        <p role="alert" className="text-danger">
          {actions.error.message}
        </p>
      )}
      <LinkParticipants link={link} canRemove={state === "live"} onRemove={actions.remove.mutate} />
    </li>
  );
}

function LinkFacts({ link }: { link: LinkSummary }) {
  return (
    <dl className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted">
      <Fact term="Created">
        <TimeAgo at={link.createdAt} />
      </Fact>
      <Fact term="Expires">
        {link.expiresAt === null ? (
          "never"
        ) : (
          <time dateTime={new Date(link.expiresAt).toISOString()}>{absoluteTime(link.expiresAt)}</time>
        )}
      </Fact>
      <Fact term="Last used">{link.lastUsedAt === null ? "never" : <TimeAgo at={link.lastUsedAt} />}</Fact>
      <Fact term="Open now">{link.openSockets === 1 ? "1 connection" : `${link.openSockets} connections`}</Fact>
      {link.revokedAt !== null && (
        <Fact term="Revoked">
          <TimeAgo at={link.revokedAt} />
        </Fact>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex gap-1">
      <dt>{term}:</dt>
      <dd className="text-ink">{children}</dd>
    </div>
  );
}

function LinkActions({
  link,
  own,
  actions,
}: {
  link: LinkSummary;
  own: boolean;
  actions: ReturnType<typeof useLinkActions>;
}) {
  const { copy } = actions;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        aria-label={`Copy link “${link.label}”`}
        disabled={copy.status === "copying"}
        onClick={() => actions.copyLink.mutate()}
      >
        {copy.status === "copying" ? "Copying…" : "Copy link"}
      </Button>
      <span role="status" className="text-xs text-ok">
        {copy.status === "copied" ? "Copied" : ""}
      </span>
      {copy.status === "manual" && (
        <input
          aria-label={`The link “${link.label}”: copy it by hand`}
          readOnly
          value={copy.url}
          className="min-w-0 flex-1 rounded-md border border-line px-2 py-1 font-mono text-xs"
          onFocus={(event) => event.currentTarget.select()}
        />
      )}
      <ConfirmButton
        action="Rotate"
        label={`Rotate the link “${link.label}”`}
        question={
          own
            ? "Replace your own link? This page switches to the new one."
            : "Replace this link? The old one stops working at once."
        }
        pending={actions.rotate.isPending}
        onConfirm={() => actions.rotate.mutate()}
      />
      {!own && (
        <ConfirmButton
          action="Revoke"
          label={`Revoke the link “${link.label}”`}
          question="Revoke it? Everyone using it is cut off at once."
          pending={actions.revoke.isPending}
          onConfirm={() => actions.revoke.mutate()}
        />
      )}
    </div>
  );
}
