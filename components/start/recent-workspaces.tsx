"use client";

import { forgetWorkspace, recentWorkspacesEntry, type RecentWorkspace } from "@/lib/client/recent-workspaces";
import { ROLE_LABEL } from "@/lib/client/roles";
import { ROLES } from "@/lib/contract/roles";
import { useLocalEntry } from "@/lib/client/use-local-entry";
import { Button } from "@/components/ui/button";

const NONE: RecentWorkspace[] = [];

/** Workspaces this browser created or opened. The server never lists workspaces: links are capabilities. */
export function RecentWorkspaces() {
  const recent = useLocalEntry(recentWorkspacesEntry, NONE);
  return (
    <section aria-labelledby="recent-heading" className="rounded-lg border border-line bg-surface p-5 shadow-sm">
      <h2 id="recent-heading" className="text-base font-semibold">
        Your workspaces
      </h2>
      <p className="mt-1 text-xs text-muted">Kept in this browser only.</p>
      {recent.length === 0 ? (
        <p className="mt-4 text-sm text-muted">
          No workspaces yet. Create one, or open a link a facilitator sent you: it will be listed here.
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-line">
          {recent.map((workspace) => (
            <li key={workspace.id} className="py-3">
              <div className="flex items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="truncate text-sm font-medium">{workspace.title}</p>
                  <p className="text-xs text-muted">
                    {ROLE_LABEL[workspace.role]} · opened {new Date(workspace.lastOpenedAt).toLocaleDateString()}
                  </p>
                </div>
                <Button
                  variant="ghost"
                  className="shrink-0 text-xs"
                  aria-label={`Forget ${workspace.title}`}
                  onClick={() => forgetWorkspace(workspace.id)}
                >
                  Forget
                </Button>
              </div>
              <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                {ROLES.filter((role) => workspace.links[role]).map((role) => (
                  <li key={role}>
                    <a
                      href={workspace.links[role]}
                      className="text-accent underline underline-offset-2"
                      aria-label={`Open as ${ROLE_LABEL[role].toLowerCase()}: ${workspace.title}`}
                    >
                      Open as {ROLE_LABEL[role].toLowerCase()}
                    </a>
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
