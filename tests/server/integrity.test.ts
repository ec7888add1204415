import type * as Y from "yjs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { openThread, readWorkspace, setCellLevel, cellLevel, SCHEMA_VERSION } from "../../lib/collab";
import { CLOSE } from "../../lib/contract";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { RawSocket, awarenessFrame, bindFrame, openBoundSocket } from "./helpers/raw-socket";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const ana = { id: "participant-ana", name: "Ana" };

function threatCount(doc: Y.Doc): number {
  return readWorkspace(doc, quiet).threats.length;
}

/** Hostile clients speaking the raw protocol: what they write is validated and attributed. */
describe("the server validates every write", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  const sockets: RawSocket[] = [];
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  async function bound(token = workspace.tokens.analyst, name = "Mallory"): Promise<RawSocket> {
    const socket = await openBoundSocket(server, workspace.id, token, name);
    sockets.push(socket);
    return socket;
  }

  beforeAll(async () => {
    server = await startTestServer(data.dataDir, { roomIdleMs: 100 });
  });
  afterEach(() => {
    pool.destroyAll();
    for (const socket of sockets.splice(0)) socket.close();
  });
  afterAll(async () => {
    await server.close();
    data.remove();
  });

  it("refuses a client's schemaVersion (D1): the sender converges and the workspace opens after unloading", async () => {
    workspace = await createWorkspace(server.url, { title: "D1", template: "rand-mexico-2009" });
    const mallory = await bound();
    const copy = await mallory.fetchDoc();
    const seen = mallory.frames.length;
    mallory.sendEdit(copy, (doc) => doc.getMap("meta").set("schemaVersion", 999));
    await expect.poll(() => mallory.refusals()).toEqual([expect.objectContaining({ code: "server_owned" })]);
    await expect
      .poll(() => (mallory.applyReceived(copy, seen), copy.getMap("meta").get("schemaVersion")))
      .toBe(SCHEMA_VERSION);
    mallory.close();

    await expect.poll(() => server.rooms.isLoaded(workspace.id), { timeout: 5_000 }).toBe(false);
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    expect(readWorkspace(fresh.doc, quiet).meta).toMatchObject({
      schemaVersion: SCHEMA_VERSION,
      template: "rand-mexico-2009",
    });
  });

  it.each([
    ["likelihood 99", (threat: Y.Map<unknown>) => threat.set("likelihood", 99)],
    ["impact -3", (threat: Y.Map<unknown>) => threat.set("impact", -3)],
    ["a 1 MB name", (threat: Y.Map<unknown>) => threat.set("name", "x".repeat(1024 * 1024))],
  ])("refuses %s on a threat (D4): no threat vanishes for anyone", async (_name, damage) => {
    workspace = await createWorkspace(server.url, { title: "D4", template: "rand-mexico-2009" });
    const peer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const before = threatCount(peer.doc);
    const mallory = await bound();
    const copy = await mallory.fetchDoc();
    mallory.sendEdit(copy, (doc) => damage(doc.getArray<Y.Map<unknown>>("threats").get(0)));
    await expect.poll(() => mallory.refusals()).toEqual([expect.objectContaining({ code: "invalid" })]);
    expect(mallory.refusals()[0]?.path).toMatch(/^threats\[0\]/);
    await server.rooms.serverChange(workspace.id, () => undefined);
    expect(threatCount(peer.doc)).toBe(before);

    pool.destroyAll();
    mallory.close();
    await expect.poll(() => server.rooms.isLoaded(workspace.id), { timeout: 5_000 }).toBe(false);
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    expect(threatCount(fresh.doc)).toBe(before);
    expect(readWorkspace(fresh.doc, quiet).meta.title).toBe("D4");
  });

  it.each([
    ["a title of 250 characters", (doc: Y.Doc) => doc.getMap("meta").set("title", "t".repeat(250)), "server_owned"],
    [
      "an Extreme rating",
      (doc: Y.Doc) => doc.getMap("ratings").set("strategy|status-quo", { level: "extreme" }),
      "invalid",
    ],
    ["a weight of 1e9", (doc: Y.Doc) => doc.getMap("weights").set("strategy", { weight: 1e9 }), "invalid"],
    ["a new root", (doc: Y.Doc) => doc.getMap("backdoor").set("x", "y"), "unknown_root"],
    ["an item that is not a record", (doc: Y.Doc) => doc.getArray("options").push([42]), "invalid"],
  ])("refuses %s and stores none of it", async (_name, edit, code) => {
    workspace = await createWorkspace(server.url, { title: "Values", template: "rand-mexico-2009" });
    const mallory = await bound();
    const copy = await mallory.fetchDoc();
    mallory.sendEdit(copy, edit);
    await expect.poll(() => mallory.refusals().map((refusal) => refusal.code)).toEqual([code]);
    mallory.close();
    await expect.poll(() => server.rooms.isLoaded(workspace.id), { timeout: 5_000 }).toBe(false);
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
    const snapshot = readWorkspace(fresh.doc, quiet);
    expect(snapshot.meta.title).toBe("Values");
    expect(snapshot.options).toHaveLength(3);
    expect(snapshot.ratings["strategy|status-quo"]?.level).not.toBe("extreme");
    expect(snapshot.weights["strategy"]?.weight ?? 1).toBeLessThanOrEqual(10);
    expect(fresh.doc.share.has("backdoor") ? fresh.doc.getMap("backdoor").size : 0).toBe(0);
  });

  it("relays a bound analyst's valid rating, and nothing from an unbound socket", async () => {
    workspace = await createWorkspace(server.url);
    const peer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const unbound = new RawSocket(server, workspace.id, workspace.tokens.analyst);
    sockets.push(unbound);
    const loose = await unbound.fetchDoc();
    unbound.sendEdit(loose, (doc) => setCellLevel(doc, "area-u", "option-u", "low", ana));
    await expect.poll(() => unbound.refusals().map((refusal) => refusal.code)).toEqual(["read_only"]);

    const mallory = await bound();
    const copy = await mallory.fetchDoc();
    mallory.sendEdit(copy, (doc) => setCellLevel(doc, "area-b", "option-b", "high", ana));
    await expect.poll(() => cellLevel(readWorkspace(peer.doc, quiet), "area-b", "option-b")).toBe("high");
    expect(cellLevel(readWorkspace(peer.doc, quiet), "area-u", "option-u")).toBeNull();
    expect(mallory.refusals()).toEqual([]);
  });

  it("stores each write with the participant that sent it, whatever author the value names", async () => {
    workspace = await createWorkspace(server.url);
    const peer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const participant = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst, "Mallory");
    const mallory = new RawSocket(server, workspace.id, workspace.tokens.analyst, participant.participantToken);
    sockets.push(mallory);
    const copy = await mallory.fetchDoc();
    // A rating carries the name of whoever set it; undo legitimately writes a colleague's back.
    mallory.sendEdit(copy, (doc) => setCellLevel(doc, "area-a", "option-a", "low", ana));
    await expect.poll(() => cellLevel(readWorkspace(peer.doc, quiet), "area-a", "option-a")).toBe("low");
    await server.rooms.serverChange(workspace.id, () => undefined);
    expect(await server.store.updateAuthors(workspace.id)).toContain(participant.participantId);
    expect(await server.store.updateAuthors(workspace.id)).not.toContain(ana.id);
  });

  it("binds a socket in-band, and refuses a participant of another link with 4401", async () => {
    workspace = await createWorkspace(server.url);
    const peer = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const late = new RawSocket(server, workspace.id, workspace.tokens.analyst);
    sockets.push(late);
    const copy = await late.fetchDoc();
    const participant = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst, "Late");
    late.send(bindFrame(participant.participantToken));
    late.sendEdit(copy, (doc) => setCellLevel(doc, "area-late", "option-late", "medium", ana));
    await expect.poll(() => cellLevel(readWorkspace(peer.doc, quiet), "area-late", "option-late")).toBe("medium");

    const viewerParticipant = await registerParticipant(server.url, workspace.id, workspace.tokens.viewer);
    const swapped = new RawSocket(server, workspace.id, workspace.tokens.analyst);
    sockets.push(swapped);
    await swapped.opened;
    swapped.send(bindFrame(viewerParticipant.participantToken));
    await expect(swapped.closed).resolves.toMatchObject({ code: CLOSE.participantRefused });

    const other = await createWorkspace(server.url);
    const foreign = await registerParticipant(server.url, other.id, other.tokens.analyst);
    const crossed = new RawSocket(server, workspace.id, workspace.tokens.analyst, foreign.participantToken);
    sockets.push(crossed);
    await expect(crossed.closed).resolves.toMatchObject({ code: CLOSE.participantRefused });
  });

  it("refuses a new thread in someone else's name", async () => {
    workspace = await createWorkspace(server.url, { title: "Threads", template: "rand-mexico-2009" });
    const mallory = await bound();
    const copy = await mallory.fetchDoc();
    const target = { kind: "option", optionId: "status-quo" } as const;
    mallory.sendEdit(copy, (doc) => openThread(doc, { target, text: "Signed by Ana" }, ana));
    await expect.poll(() => mallory.refusals().map((refusal) => refusal.code)).toEqual(["wrong_author"]);
  });

  it("stamps presence with the bound person and role, and refuses a viewer speaking for others (D6)", async () => {
    workspace = await createWorkspace(server.url);
    const analyst = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst, "Real Analyst");
    analyst.awareness.setLocalState({ user: { name: "Real Analyst", color: "#123456", role: "analyst" } });
    const watcher = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Watcher");
    await expect.poll(() => watcher.awareness.getStates().get(analyst.doc.clientID)?.user?.name).toBe("Real Analyst");

    const viewer = await bound(workspace.tokens.viewer, "Vic");
    const clientId = analyst.doc.clientID;
    viewer.send(awarenessFrame(clientId, 1_000, { user: { name: "Real Analyst (spoofed)", role: "facilitator" } }));
    viewer.send(awarenessFrame(clientId, 1_001, null));
    await expect.poll(() => viewer.refusals().length).toBe(1);
    expect(viewer.refusals()[0]?.code).toBe("awareness");

    viewer.send(
      awarenessFrame(7_777, 1, { user: { name: "Fake Facilitator", role: "facilitator", color: "#000000" } }),
    );
    await expect
      .poll(() => watcher.awareness.getStates().get(7_777)?.user)
      .toMatchObject({ name: "Vic", role: "viewer" });
    expect(watcher.awareness.getStates().get(clientId)?.user).toMatchObject({ name: "Real Analyst", role: "analyst" });
    viewer.send(awarenessFrame(7_778, 1, { user: { name: "Second" } }));
    viewer.send(awarenessFrame(7_779, 1, { user: { name: "Third" } }));
    await expect.poll(() => viewer.refusals().length).toBe(2);
    expect(watcher.awareness.getStates().has(7_779)).toBe(false);
  });
});
