import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import type { PublishedSession, RecordedOutcome } from "../contract/sessions";
import { readOutcomes, readSessions } from "./read-sessions";
import { roots } from "./roots";
import { createWorkspaceDoc } from "./template";
import { UpdateGate } from "./update-gate";
import { setCellLevel } from "./write";
import { updateThreat } from "./write-threats";

const ana = { id: "participant-ana", name: "Ana" };
const quiet = () => undefined;

function published(fields: Partial<PublishedSession> = {}): PublishedSession {
  return {
    id: "s1",
    title: "Workshop",
    status: "open",
    round: 1,
    deadline: null,
    anonymous: true,
    lock: true,
    targets: ["cell:strategy|status-quo", "threat:organized-crime:likelihood"],
    eligible: 3,
    answered: {},
    complete: 0,
    updatedAt: 1,
    ...fields,
  };
}

const outcome: RecordedOutcome = {
  sessionId: "s1",
  sessionTitle: "Workshop",
  round: 1,
  value: "high",
  previous: null,
  n: 3,
  eligible: 3,
  counts: { high: 3, medium: 0, low: 0 },
  modalShare: 1,
  flag: "agreement",
  dissent: [],
  recordedAt: 2,
  recordedBy: "Fran",
};

/** A server copy (with the session published by the server) and a client copy behind the gate. */
function pair(session: PublishedSession) {
  const server = createWorkspaceDoc({ title: "Lock", template: "rand-mexico-2009", createdAt: 1 });
  roots(server).sessions.set(session.id, session);
  const gate = new UpdateGate(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  const send = (edit: (doc: Y.Doc) => void) => {
    const before = Y.encodeStateVector(client);
    edit(client);
    const result = gate.apply(Y.encodeStateAsUpdate(client, before), {}, { participantId: ana.id });
    if (result.net) Y.applyUpdate(client, result.net);
    return result;
  };
  return { server, send };
}

describe("session roots", () => {
  it("reads valid published sessions and outcomes and leaves out forged shapes", () => {
    const doc = createWorkspaceDoc({ title: "T", template: "blank", createdAt: 0 });
    roots(doc).sessions.set("s1", published());
    roots(doc).sessions.set("s2", { id: "s2", status: "open" });
    roots(doc).sessions.set("s3", published({ id: "other" }));
    roots(doc).outcomes.set("cell:strategy|status-quo", outcome);
    roots(doc).outcomes.set("cell:a|b", { value: "enormous" });
    expect(readSessions(doc, quiet).map((session) => session.id)).toEqual(["s1"]);
    expect(readOutcomes(doc, quiet)).toEqual({ "cell:strategy|status-quo": outcome });
  });

  it.each([
    ["a session", (doc: Y.Doc) => roots(doc).sessions.set("forged", published({ id: "forged" })), "sessions.forged"],
    ["a count", (doc: Y.Doc) => roots(doc).sessions.set("s1", published({ complete: 99 })), "sessions.s1"],
    ["a consensus mark", (doc: Y.Doc) => roots(doc).outcomes.set("cell:a|b", outcome), "outcomes.cell:a|b"],
    ["the lock's removal", (doc: Y.Doc) => roots(doc).sessions.delete("s1"), "sessions.s1"],
  ])("refuses a client's write of %s as server-owned", (_name, edit, path) => {
    const { server, send } = pair(published());
    expect(send(edit).problem).toMatchObject({ code: "server_owned", path });
    expect(readSessions(server, quiet).map((session) => session.id)).toEqual(["s1"]);
    expect(readOutcomes(server, quiet)).toEqual({});
  });
});

describe("the lock of an open round", () => {
  it("refuses a direct rating of a locked cell and keeps the server's value", () => {
    const { server, send } = pair(published());
    const before = roots(server).ratings.get("strategy|status-quo");
    const result = send((doc) => setCellLevel(doc, "strategy", "status-quo", "medium", ana));
    expect(result.problem).toMatchObject({ code: "locked", path: "ratings.strategy|status-quo" });
    expect(roots(server).ratings.get("strategy|status-quo")).toEqual(before);
  });

  it("refuses clearing a locked cell", () => {
    const { send } = pair(published());
    expect(send((doc) => roots(doc).ratings.delete("strategy|status-quo")).problem?.code).toBe("locked");
  });

  it("refuses a locked threat field and allows its unlocked fields and other cells", () => {
    const { send } = pair(published());
    const likelihood = send((doc) => updateThreat(doc, "organized-crime", { likelihood: 2 }, ana));
    expect(likelihood.problem).toMatchObject({ code: "locked" });
    expect(likelihood.problem?.path).toMatch(/^threats\[\d+\]\.likelihood$/);
    expect(send((doc) => updateThreat(doc, "organized-crime", { impact: 2 }, ana))).toEqual({});
    expect(send((doc) => setCellLevel(doc, "strategy", "partnership", "low", ana))).toEqual({});
  });

  it("lets edits through once the round is closed or when the session does not lock", () => {
    for (const session of [published({ status: "closed" }), published({ lock: false })]) {
      const { send } = pair(session);
      expect(send((doc) => setCellLevel(doc, "strategy", "status-quo", "low", ana))).toEqual({});
    }
  });
});
