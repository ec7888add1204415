import { InvalidEditError } from "@/lib/collab";

/**
 * Runs a write and returns the message to show at its field, or null when it went through.
 * Only refusals the person can act on become messages; anything else is a bug and is thrown.
 */
export function tryEdit(write: () => void): InvalidEditError | null {
  try {
    write();
    return null;
  } catch (error) {
    if (error instanceof InvalidEditError) return error;
    throw error;
  }
}
