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

  it("tells a crowded page to close other tabs", () => {
    expect(closeMessage(CLOSE.tooManySockets, "").advice).toMatch(/Close other tabs .* or try later/);
  });

  it("names an unknown code so a report can quote it", () => {
    expect(closeMessage(4499, "something new.").title).toBe(
      "The server closed the connection (code 4499): something new.",
    );
  });
});
