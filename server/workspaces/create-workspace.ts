import * as Y from "yjs";
import { createWorkspaceDoc } from "../../lib/collab";
import { signLinkToken, type TokenKey } from "../auth/tokens";
import { ROLES, type CreatedWorkspace, type Role } from "../../lib/contract";
import { newId } from "../ids";
import type { LinkRecord, LinkView, Store, Template } from "../store/store";

const DEFAULT_LABELS: Record<Role, string> = {
  facilitator: "Facilitator",
  analyst: "Analysts",
  viewer: "Viewers",
};

/** The page reads the token from the fragment, which browsers never send to a server. */
export function workspaceLink(publicUrl: string, workspaceId: string, token: string): string {
  return `${publicUrl}/w/${workspaceId}#token=${token}`;
}

export interface NewLink {
  workspaceId: string;
  role: Role;
  /** Defaults to the role's usual label ("Facilitator", "Analysts", "Viewers"). */
  label?: string;
  expiresAt?: number | null;
  /** Viewer links only: what the link opens (default the full dashboard). */
  view?: LinkView;
}

export interface CreatedLink {
  link: LinkRecord;
  token: string;
  url: string;
}

/** Adds a link to an existing workspace (the operator replacing a lost one) and signs it. */
export async function createLink(
  deps: { store: Store; key: TokenKey; publicUrl: string },
  input: NewLink,
  now = Date.now(),
): Promise<CreatedLink> {
  const link: LinkRecord = {
    id: newId(),
    workspaceId: input.workspaceId,
    role: input.role,
    label: input.label ?? DEFAULT_LABELS[input.role],
    createdAt: now,
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
    generation: 0,
    lastUsedAt: null,
    view: input.view ?? "full",
  };
  await deps.store.createLink(link);
  return { link, ...(await signedLink(deps, link)) };
}

export async function signedLink(
  deps: { key: TokenKey; publicUrl: string },
  link: LinkRecord,
): Promise<{ token: string; url: string }> {
  const token = await signLinkToken(deps.key, {
    wid: link.workspaceId,
    role: link.role,
    jti: link.id,
    gen: link.generation,
    expiresAt: link.expiresAt,
  });
  return { token, url: workspaceLink(deps.publicUrl, link.workspaceId, token) };
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
    generation: 0,
    lastUsedAt: null,
    view: "full",
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
    const signed = await signedLink(deps, link);
    tokens[link.role] = signed.token;
    urls[link.role] = signed.url;
  }
  return { id, tokens, links: urls };
}
