import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { readWorkspace } from "./read";
import { SCHEMA_VERSION } from "./schema";
import { roots } from "./roots";
import { createWorkspaceDoc } from "./template";
import { UpdateGate } from "./update-gate";
import { addThreat, removeThreat, threatNotesText, updateThreat } from "./write-threats";
import { openThread, replyToThread } from "./write-threads";
import { addOption, removeRecord } from "./write-structure";
import { setCellLevel } from "./write";
import { createUndoManager } from "./undo";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };
const ben = { id: "participant-ben", name: "Ben" };
const origin = { socket: "ana's" };

/** A server copy behind a gate and one client copy, in sync. */
function pair() {
  const server = createWorkspaceDoc({ title: "Gate", template: "rand-mexico-2009", createdAt: 1 });
  const gate = new UpdateGate(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  /** Sends what `edit` changes in the client copy through the gate; returns the gate's verdict. */
  const send = (edit: (doc: Y.Doc) => void, author = ana) => {
    const before = Y.encodeStateVector(client);
    edit(client);
    const result = gate.apply(Y.encodeStateAsUpdate(client, before), origin, { participantId: author.id });
    if (result.net) Y.applyUpdate(client, result.net);
    return result;
  };
  return { server, client, gate, send };
}

function sameContent(a: Y.Doc, b: Y.Doc) {
  expect(readWorkspace(a, quiet)).toEqual(readWorkspace(b, quiet));
}

describe("UpdateGate", () => {
  it("accepts an honest rating as sent", () => {
    const { server, client, send } = pair();
    const result = send((doc) => setCellLevel(doc, "strategy", "status-quo", "low", ana));
    expect(result).toEqual({});
    sameContent(server, client);
  });

  it("refuses a client's schemaVersion (D1) and the sender's copy converges back", () => {
    const { server, client, send } = pair();
    const result = send((doc) => roots(doc).meta.set("schemaVersion", 999));
    expect(result.problem).toMatchObject({ code: "server_owned", path: "meta.schemaVersion" });
    expect(roots(server).meta.get("schemaVersion")).toBe(SCHEMA_VERSION);
    expect(roots(client).meta.get("schemaVersion")).toBe(SCHEMA_VERSION);
  });

  it.each([
    ["a likelihood of 99", (threat: Y.Map<unknown>) => threat.set("likelihood", 99)],
    ["an impact of -3", (threat: Y.Map<unknown>) => threat.set("impact", -3)],
    ["a name of 300,000 characters", (threat: Y.Map<unknown>) => threat.set("name", "x".repeat(300_000))],
    ["a deleted id", (threat: Y.Map<unknown>) => threat.delete("id")],
    ["notes replaced by a string", (threat: Y.Map<unknown>) => threat.set("notes", "plain")],
  ])("refuses %s on a threat and keeps the threat readable (D4)", (_name, damage) => {
    const { server, client, send } = pair();
    const before = readWorkspace(server, quiet).threats;
    const result = send((doc) => damage(roots(doc).threats.get(0)));
    expect(result.problem?.code).toBe("invalid");
    expect(result.problem?.path).toMatch(/^threats\[0\]/);
    expect(readWorkspace(server, quiet).threats).toEqual(before);
    sameContent(server, client);
  });

  it("stores tombstones, not the refused content", () => {
    const { send } = pair();
    const result = send((doc) => roots(doc).options.get(0).set("name", "y".repeat(500_000)));
    expect(result.problem?.code).toBe("invalid");
    expect(result.net?.length).toBeLessThan(20_000);
  });

  it.each([
    ["an unknown root", (doc: Y.Doc) => doc.getMap("evil").set("x", 1), "unknown_root"],
    ["an Extreme rating", (doc: Y.Doc) => roots(doc).ratings.set("a|b", { level: "extreme" }), "invalid"],
    ["a weight of 1e9", (doc: Y.Doc) => roots(doc).weights.set("strategy", { weight: 1e9 }), "invalid"],
    ["a record that is not a map", (doc: Y.Doc) => roots(doc).options.push(["not a record" as never]), "invalid"],
    ["a title", (doc: Y.Doc) => roots(doc).meta.set("title", "t".repeat(250)), "server_owned"],
    ["a series revision", (doc: Y.Doc) => roots(doc).meta.set("seriesRevision", 7), "server_owned"],
  ])("refuses %s", (_name, edit, code) => {
    const { server, client, send } = pair();
    expect(send(edit).problem?.code).toBe(code);
    sameContent(server, client);
    expect(Y.encodeStateAsUpdate(client)).toBeDefined();
  });

  it("refuses a new comment or thread written in someone else's name", () => {
    const { send } = pair();
    const target = { kind: "option", optionId: "status-quo" } as const;
    expect(send((doc) => openThread(doc, { target, text: "Mine" }, ben)).problem?.code).toBe("wrong_author");
    let threadId = "";
    expect(send((doc) => (threadId = openThread(doc, { target, text: "Mine" }, ana)))).toEqual({});
    expect(send((doc) => replyToThread(doc, threadId, "Ben says", ben)).problem?.code).toBe("wrong_author");
    expect(send((doc) => replyToThread(doc, threadId, "Ben says", ben), ben)).toEqual({});
  });

  it("accepts an undo that brings back a removed option with colleagues' threads and ratings", () => {
    const { server, client, send } = pair();
    const optionId = "status-quo";
    send((doc) => openThread(doc, { target: { kind: "option", optionId }, text: "Ben's view" }, ben), ben);
    const undo = createUndoManager(client);
    expect(send(() => removeRecord(client, "option", optionId))).toEqual({});
    expect(send(() => undo.undo())).toEqual({});
    expect(readWorkspace(server, quiet).threads).toHaveLength(1);
    sameContent(server, client);
  });

  it("limits what one update types into a text, not what merges make of it", () => {
    const { send } = pair();
    let threatId = "";
    send((doc) => (threatId = addThreat(doc, { name: "Arms flows" }, ana)));
    expect(send((doc) => threatNotesText(doc, threatId).insert(0, "n".repeat(4_000)))).toEqual({});
    expect(send((doc) => threatNotesText(doc, threatId).insert(0, "n".repeat(4_000)))).toEqual({});
    expect(send((doc) => threatNotesText(doc, threatId).insert(0, "n".repeat(6_000))).problem?.code).toBe("invalid");
    expect(send((doc) => threatNotesText(doc, threatId).insertEmbed(0, { big: true })).problem?.code).toBe("invalid");
  });

  it("accepts honest structure edits: add, update, remove", () => {
    const { server, client, send } = pair();
    let threatId = "";
    expect(send((doc) => (threatId = addThreat(doc, { name: "Arms flows", likelihood: 4 }, ana)))).toEqual({});
    expect(send((doc) => updateThreat(doc, threatId, { impact: 5 }, ana))).toEqual({});
    expect(send((doc) => addOption(doc, { name: "Border focus", description: "", mexicanResponse: "" }))).toEqual({});
    expect(send((doc) => removeThreat(doc, threatId))).toEqual({});
    sameContent(server, client);
  });

  it("refuses a whole update when any part is invalid, and a later honest edit still lands", () => {
    const { server, client, send } = pair();
    const result = send((doc) => {
      setCellLevel(doc, "strategy", "status-quo", "high", ana);
      roots(doc).meta.set("template", "blank");
    });
    expect(result.problem?.code).toBe("server_owned");
    expect(readWorkspace(server, quiet).ratings["strategy|status-quo"]?.level).not.toBe("high");
    expect(send((doc) => setCellLevel(doc, "strategy", "status-quo", "high", ana))).toEqual({});
    expect(readWorkspace(server, quiet).ratings["strategy|status-quo"]?.level).toBe("high");
    sameContent(server, client);
  });

  it("applies unchecked when built without checks (the bench's cost baseline), size refusals aside", () => {
    const server = createWorkspaceDoc({ title: "Baseline", template: "blank", createdAt: 1 });
    const gate = new UpdateGate(server, false);
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
    const before = Y.encodeStateVector(client);
    roots(client).meta.set("schemaVersion", 999);
    expect(gate.apply(Y.encodeStateAsUpdate(client, before), origin, { participantId: ana.id })).toEqual({});
    expect(roots(server).meta.get("schemaVersion")).toBe(999);
    const next = Y.encodeStateVector(client);
    roots(client).ratings.set("a|b", { level: "low" });
    const tooLarge = { code: "too_large", path: "", message: "full" } as const;
    expect(gate.apply(Y.encodeStateAsUpdate(client, next), origin, { participantId: ana.id }, tooLarge).problem).toBe(
      tooLarge,
    );
    expect(roots(server).ratings.has("a|b")).toBe(false);
  });
});
