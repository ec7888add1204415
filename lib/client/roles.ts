import * as z from "../zod";

export const roleSchema = z.enum(["facilitator", "analyst", "viewer"]);
export type Role = z.infer<typeof roleSchema>;

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: "Facilitator",
  analyst: "Analyst",
  viewer: "Viewer",
};

export function canEdit(role: Role): boolean {
  return role !== "viewer";
}
