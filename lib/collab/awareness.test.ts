import { describe, expect, it } from "vitest";
import { readPeers } from "./awareness";

const user = (name: string) => ({ id: `p-${name}`, name, color: "#0072b2", role: "analyst" });

describe("reading peers from awareness", () => {
  it("skips this client and malformed states, sorted by name", () => {
    const states = new Map<number, Record<string, unknown>>([
      [1, { user: user("Zoe") }],
      [2, { user: user("Me") }],
      [3, { user: { name: "no id or colour" } }],
      [4, { user: user("Ana"), focus: { areaId: "strategy", optionId: "partnership" } }],
      [5, {}],
    ]);
    const peers = readPeers(states, 2);
    expect(peers.map((peer) => [peer.clientId, peer.user.name])).toEqual([
      [4, "Ana"],
      [1, "Zoe"],
    ]);
    expect(peers[0]?.focus).toEqual({ areaId: "strategy", optionId: "partnership" });
  });
});
