import * as z from "../zod";
import type { TemplateId } from "@/lib/collab";
import { apiRequest } from "./api";

const createdSchema = z.object({
  id: z.string(),
  tokens: z.object({ facilitator: z.string(), analyst: z.string(), viewer: z.string() }),
  links: z.optional(z.partial(z.object({ facilitator: z.string(), analyst: z.string(), viewer: z.string() }))),
});

export interface CreatedWorkspace {
  id: string;
  title: string;
  links: { facilitator: string; analyst: string; viewer: string };
}

export interface CreateWorkspaceInput {
  title: string;
  template: TemplateId;
}

export async function createWorkspace(input: CreateWorkspaceInput): Promise<CreatedWorkspace> {
  const created = await apiRequest("/api/workspaces", createdSchema, { method: "POST", body: input });
  // The server builds links from PUBLIC_URL; fall back to this origin if it left any out.
  const link = (role: keyof typeof created.tokens) =>
    created.links?.[role] ?? `${window.location.origin}/w/${created.id}#token=${created.tokens[role]}`;
  return {
    id: created.id,
    title: input.title,
    links: { facilitator: link("facilitator"), analyst: link("analyst"), viewer: link("viewer") },
  };
}
