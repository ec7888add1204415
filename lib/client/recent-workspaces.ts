import * as z from "../zod";
import { localEntry } from "./local-store";
import { roleSchema } from "./roles";

const linksSchema = z.object({
  facilitator: z.optional(z.string()),
  analyst: z.optional(z.string()),
  viewer: z.optional(z.string()),
});

export const recentWorkspaceSchema = z.object({
  id: z.string(),
  title: z.string(),
  /** The role of the link this browser last used for the workspace. */
  role: roleSchema,
  links: linksSchema,
  lastOpenedAt: z.number(),
});

export type RecentWorkspace = z.infer<typeof recentWorkspaceSchema>;

const MAX_RECENT = 30;

export const recentWorkspacesEntry = localEntry<RecentWorkspace[]>(
  "mesa.recent-workspaces",
  z.array(recentWorkspaceSchema),
  [],
);

/** Adds or refreshes a workspace, keeping links learned earlier (a facilitator keeps all three). */
export function rememberWorkspace(entry: RecentWorkspace): void {
  const current = recentWorkspacesEntry.read();
  const previous = current.find((item) => item.id === entry.id);
  const merged: RecentWorkspace = {
    ...entry,
    role: previous?.role === "facilitator" ? "facilitator" : entry.role,
    links: { ...previous?.links, ...entry.links },
  };
  const rest = current.filter((item) => item.id !== entry.id);
  recentWorkspacesEntry.write([merged, ...rest].slice(0, MAX_RECENT));
}

export function forgetWorkspace(id: string): void {
  recentWorkspacesEntry.write(recentWorkspacesEntry.read().filter((item) => item.id !== id));
}
