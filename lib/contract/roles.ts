import * as z from "zod/mini";

/** Who a link lets in, from least to most power. */
export const ROLES = ["facilitator", "analyst", "viewer"] as const;
export type Role = (typeof ROLES)[number];

export const roleSchema = z.enum(ROLES);

const RANK: Record<Role, number> = { viewer: 0, analyst: 1, facilitator: 2 };

export function hasRole(actual: Role, required: Role): boolean {
  return RANK[actual] >= RANK[required];
}

/** Viewers read and are present; analysts and facilitators change the shared document. */
export function canWriteDocument(role: Role): boolean {
  return hasRole(role, "analyst");
}

/** Runs the workspace: renames it, manages links, runs rating sessions. */
export function canFacilitate(role: Role): boolean {
  return hasRole(role, "facilitator");
}
