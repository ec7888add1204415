import { describe, expect, it } from "vitest";
import { CLOSE } from "@/lib/contract";
import { closeMessage } from "./close-message";

describe("closeMessage", () => {
  it("says why a workspace cannot be opened and whom to ask", () => {
    expect(closeMessage(CLOSE.cannotOpen, "it was saved by a newer version of Mesa")).toEqual({
      title: "This workspace cannot be opened: it was saved by a newer version of Mesa.",
      advice: "Ask the facilitator or the operator.",
    });
    expect(closeMessage(CLOSE.cannotOpen, "").title).toBe("This workspace cannot be opened.");
  });

  it("says a link that ended no longer works, why, and to ask the facilitator; a removed person is told so", () => {
    expect(closeMessage(CLOSE.revoked, "the facilitator revoked this link")).toEqual({
      title: "This link no longer works: the facilitator revoked this link.",
      advice: "Ask the workspace's facilitator for a new link, then open it in this browser.",
    });
    expect(closeMessage(CLOSE.revoked, "this link has expired").title).toBe(
      "This link no longer works: this link has expired.",
    );
    expect(closeMessage(CLOSE.revoked, "the facilitator removed you from this workspace")).toEqual({
      title: "The facilitator removed you from this workspace",
      advice: expect.stringMatching(/ask the workspace's facilitator/),
    });
  });

  it("tells a crowded page to close other tabs", () => {
    expect(closeMessage(CLOSE.tooManySockets, "").advice).toMatch(/Close other tabs .* or try later/);
  });

  it("names an unknown code so a report can quote it", () => {
    expect(closeMessage(4499, "something new.").title).toBe(
      "The server closed the connection (code 4499): something new.",
    );
  });
});
