import { CLOSE } from "@/lib/contract/close-codes";

export interface CloseMessage {
  title: string;
  /** What the person can do about it. */
  advice: string;
}

const ASK = "Ask the facilitator or the operator.";

/** Close reasons are at most 123 bytes and written for people; an empty one says nothing. */
function withReason(sentence: string, reason: string): string {
  const clean = reason.trim().replace(/[.\s]+$/, "");
  return clean ? `${sentence}: ${clean}.` : `${sentence}.`;
}

/** What the page says after the server closed its socket with `code`. */
export function closeMessage(code: number, reason: string): CloseMessage {
  switch (code) {
    case CLOSE.cannotOpen:
      return { title: withReason("This workspace cannot be opened", reason), advice: ASK };
    case CLOSE.tooManySockets:
      return {
        title: "Too many connections to this workspace",
        advice:
          "Close other tabs with this workspace, or try later. The page tries again on its own every minute or two.",
      };
    case CLOSE.revoked:
      // The reason says which: revoked, replaced by a new link, expired, or this person removed.
      if (/removed/i.test(reason)) {
        return {
          title: "The facilitator removed you from this workspace",
          advice: "If you should be here, ask the workspace's facilitator for a link of your own.",
        };
      }
      return {
        title: withReason("This link no longer works", reason),
        advice: "Ask the workspace's facilitator for a new link, then open it in this browser.",
      };
    case CLOSE.participantRefused:
      return {
        title: "Joining the workspace again…",
        advice: "The server did not recognise this browser's membership.",
      };
    default:
      return {
        title: withReason(`The server closed the connection (code ${code})`, reason),
        advice: "Try again. If it keeps happening, tell the person who runs Mesa.",
      };
  }
}
