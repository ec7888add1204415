import { canWriteDocument, type Role } from "@/lib/contract/roles";

export { roleSchema, type Role } from "@/lib/contract/roles";

export const ROLE_LABEL: Record<Role, string> = {
  facilitator: "Facilitator",
  analyst: "Analyst",
  viewer: "Viewer",
};

export function canEdit(role: Role): boolean {
  return canWriteDocument(role);
}
