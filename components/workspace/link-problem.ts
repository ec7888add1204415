import { ApiError, NetworkError } from "@/lib/client/api";

export interface LinkProblem {
  title: string;
  /** What the server said, when it said something more precise than the title. */
  detail?: string;
  advice: string;
  /** Whether trying again could help (a network problem) rather than needing a new link. */
  retryable: boolean;
}

const ASK_FOR_LINK = "Ask the workspace's facilitator for a new link, then open it in this browser.";

export const MISSING_TOKEN: LinkProblem = {
  title: "This link is incomplete",
  detail: "The address has no access token (the part after #token=).",
  advice: "Open the whole link you were sent: copy it again, including everything after the # sign.",
  retryable: false,
};

/** Turns a failed link check into a message a person can act on; `undefined` if it is no link problem. */
export function linkProblemFrom(error: unknown): LinkProblem | undefined {
  if (error instanceof NetworkError) {
    return {
      title: "Mesa cannot be reached",
      advice: "Check your network connection, then try again. Your link may be fine.",
      retryable: true,
    };
  }
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === "participant_removed") {
    return {
      title: "The facilitator removed you from this workspace",
      detail: error.message,
      advice: "If you should be here, ask the workspace's facilitator for a link of your own.",
      retryable: false,
    };
  }
  switch (error.status) {
    case 401:
      return {
        title: /expired/i.test(error.message)
          ? "This link has expired"
          : /revoked/i.test(error.message)
            ? "This link was revoked"
            : /rotated|replaced/i.test(error.message)
              ? "This link was replaced by a new one"
              : "This link is not valid",
        detail: error.message,
        advice: ASK_FOR_LINK,
        retryable: false,
      };
    case 403:
      return {
        title: "This link is for a different workspace",
        detail: error.message,
        advice: "Open the link you were given for this workspace, or ask its facilitator for one.",
        retryable: false,
      };
    case 404:
      return {
        title: "Workspace not found",
        detail: error.message,
        advice:
          "Check that the link was copied in full. If it was, the workspace no longer exists: ask its facilitator.",
        retryable: false,
      };
    default:
      return {
        title: "The workspace could not be opened",
        detail: error.message,
        advice: "Try again in a moment. If it keeps failing, tell the person who runs Mesa.",
        retryable: true,
      };
  }
}

/** Answers that mean the link itself is bad, so the page must stop using it even mid-session. */
export function isLinkRejection(error: unknown): boolean {
  return error instanceof ApiError && [401, 403, 404].includes(error.status);
}
