import type { CreatedWorkspace } from "@/lib/client/create-workspace";
import { ROLE_LABEL } from "@/lib/client/roles";
import { ROLES, type Role } from "@/lib/contract/roles";
import { CopyButton } from "@/components/ui/copy-button";

const ROLE_HINT: Record<Role, string> = {
  facilitator: "Keep this one: full control of the workspace.",
  analyst: "For the team: can rate options and assess threats.",
  viewer: "For decision-makers: read-only.",
};

export function WorkspaceLinks({ workspace }: { workspace: CreatedWorkspace }) {
  return (
    <div className="mt-5 border-t border-line pt-4" aria-labelledby="links-heading">
      <h3 id="links-heading" className="text-sm font-semibold">
        Links for “{workspace.title}”
      </h3>
      <p className="mt-1 text-xs text-muted">
        Anyone with a link gets its role. Share each one only with its audience.
      </p>
      <ul className="mt-3 space-y-3">
        {ROLES.map((role) => (
          <li key={role} data-role={role} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="text-sm font-medium">{ROLE_LABEL[role]} link</span>
              <span className="text-xs text-muted">{ROLE_HINT[role]}</span>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <input
                readOnly
                value={workspace.links[role]}
                aria-label={`${ROLE_LABEL[role]} link`}
                onFocus={(event) => event.currentTarget.select()}
                className="min-w-0 flex-1 basis-64 rounded-md border border-line bg-canvas px-2 py-1 font-mono text-xs"
              />
              <CopyButton text={workspace.links[role]} label={`${ROLE_LABEL[role].toLowerCase()} link`} />
            </div>
          </li>
        ))}
      </ul>
      <a
        href={workspace.links.facilitator}
        className="mt-4 inline-block text-sm font-medium text-accent underline underline-offset-2"
      >
        Open the workspace as facilitator
      </a>
    </div>
  );
}
