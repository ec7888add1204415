import type { TemplateId } from "@/lib/collab";
import { createdWorkspaceSchema, type CreatedWorkspace as CreatedByServer } from "@/lib/contract/bodies";
import { apiRequest } from "./api";

/** What the start page shows after creating: the server's answer without the bare tokens. */
export type CreatedWorkspace = Pick<CreatedByServer, "id" | "links"> & { title: string };

export interface CreateWorkspaceInput {
  title: string;
  template: TemplateId;
}

export async function createWorkspace(input: CreateWorkspaceInput): Promise<CreatedWorkspace> {
  const created = await apiRequest("/api/workspaces", createdWorkspaceSchema, { method: "POST", body: input });
  return { id: created.id, title: input.title, links: created.links };
}
