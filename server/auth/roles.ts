import { z } from "zod";
import type { Role } from "../store/store";

export const roleSchema = z.enum(["facilitator", "analyst", "viewer"]);

const rank: Record<Role, number> = { viewer: 0, analyst: 1, facilitator: 2 };

export function hasRole(actual: Role, required: Role): boolean {
  return rank[actual] >= rank[required];
}

/** Viewers may read and be present; only analysts and facilitators change the document. */
export function canWriteDocument(role: Role): boolean {
  return hasRole(role, "analyst");
}
