import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { AUTH_PERMISSION_DENIED, MESSAGE, refusalSchema, type Refusal } from "@/lib/contract/socket";
import * as z from "../zod";

/** Mesa's own message: binds an open socket to the participant the page just registered. */
export function bindParticipantMessage(participantToken: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE.bindParticipant);
  encoding.writeVarString(encoder, participantToken);
  return encoding.toUint8Array(encoder);
}

/** A refusal as the page shows it: a newer server's unknown code still shows its message. */
export interface RefusalInfo {
  code: Refusal["code"] | "unknown";
  message: string;
  path?: string;
}

/** Long enough for any sentence the server writes, short enough that a hostile reason cannot flood the page. */
const MAX_MESSAGE_LENGTH = 300;

const looseRefusalSchema = z.object({ message: z.string(), path: z.optional(z.string()) });

/** The reason string of a permission-denied auth message, as JSON `{code, message, path?}` (docs/api.md). */
export function parseRefusal(reason: string): RefusalInfo {
  let json: unknown;
  try {
    json = JSON.parse(reason);
  } catch {
    json = undefined;
  }
  const exact = refusalSchema.safeParse(json);
  const loose = exact.success ? null : looseRefusalSchema.safeParse(json);
  const info: RefusalInfo = exact.success
    ? { ...exact.data }
    : loose?.success
      ? { code: "unknown", ...loose.data }
      : { code: "unknown", message: reason };
  const message = info.message.trim() || "The server gave no reason.";
  return {
    ...info,
    message: message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message,
  };
}

/**
 * Reads the body of an auth message (after its type): the server's only auth message is
 * "permission denied" with a reason; any other kind is ignored, as y-protocols does.
 */
export function readRefusal(decoder: decoding.Decoder): RefusalInfo | null {
  if (decoding.readVarUint(decoder) !== AUTH_PERMISSION_DENIED) return null;
  return parseRefusal(decoding.readVarString(decoder));
}
