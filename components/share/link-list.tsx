"use client";

import { useNow } from "@/lib/client/use-now";
import type { LinkSummary } from "@/lib/contract/links";
import { LinkItem } from "./link-item";

/** Live links first (newest first), then the ones that no longer work. */
function ordered(links: readonly LinkSummary[], now: number): LinkSummary[] {
  const ended = (link: LinkSummary) => link.revokedAt !== null || (link.expiresAt !== null && link.expiresAt <= now);
  return [...links].sort((a, b) => Number(ended(a)) - Number(ended(b)) || b.createdAt - a.createdAt);
}

export function LinkList({ links, ownLinkId }: { links: readonly LinkSummary[]; ownLinkId: string | undefined }) {
  const now = useNow();
  if (links.length === 0) return <p className="text-sm text-muted">This workspace has no links yet.</p>;
  return (
    <ul data-testid="share-links" className="divide-y divide-line rounded-md border border-line">
      {ordered(links, now).map((link) => (
        <LinkItem key={link.id} link={link} own={link.id === ownLinkId} />
      ))}
    </ul>
  );
}
