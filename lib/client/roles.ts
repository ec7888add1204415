import { canWriteDocument, type Role } from "@/lib/contract";

export { roleSchema, type Role } from "@/lib/contract";

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: "Facilitator",
  analyst: "Analyst",
  viewer: "Viewer",
};

export function canEdit(role: Role): boolean {
  return canWriteDocument(role);
}
