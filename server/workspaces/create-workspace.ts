import * as Y from "yjs";
import { createWorkspaceDoc } from "../../lib/collab";
import { signLinkToken, type TokenKey } from "../auth/tokens";
import { newId } from "../ids";
import type { LinkRecord, Role, Store, Template } from "../store/store";

export interface CreatedWorkspace {
  id: string;
  tokens: Record<Role, string>;
  links: Record<Role, string>;
}

const ROLES: readonly Role[] = ["facilitator", "analyst", "viewer"];

const DEFAULT_LABELS: Record<Role, string> = {
  facilitator: "Facilitator",
  analyst: "Analysts",
  viewer: "Viewers",
};

/** The page reads the token from the fragment, which browsers never send to a server. */
export function workspaceLink(publicUrl: string, workspaceId: string, token: string): string {
  return `${publicUrl}/w/${workspaceId}#token=${token}`;
}

/**
 * Creates the workspace record, one link per role and the seeded document in one store
 * transaction, so a workspace never exists without its document.
 */
export async function createWorkspace(
  deps: { store: Store; key: TokenKey; publicUrl: string },
  input: { title: string; template: Template },
  now = Date.now(),
): Promise<CreatedWorkspace> {
  const id = newId();
  const links: LinkRecord[] = ROLES.map((role) => ({
    id: newId(),
    workspaceId: id,
    role,
    label: DEFAULT_LABELS[role],
    createdAt: now,
    expiresAt: null,
    revokedAt: null,
  }));
  const doc = createWorkspaceDoc({ title: input.title, template: input.template, createdAt: now });
  const initialUpdate = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  await deps.store.createWorkspace(
    { id, title: input.title, template: input.template, createdAt: now },
    links,
    initialUpdate,
  );

  const tokens = {} as Record<Role, string>;
  const urls = {} as Record<Role, string>;
  for (const link of links) {
    tokens[link.role] = await signLinkToken(deps.key, { wid: id, role: link.role, jti: link.id });
    urls[link.role] = workspaceLink(deps.publicUrl, id, tokens[link.role]);
  }
  return { id, tokens, links: urls };
}
