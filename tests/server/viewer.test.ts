import * as Y from "yjs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cellLevel, readWorkspace, setCellLevel } from "../../lib/collab";
import type { RunningServer } from "../../server/start-server";
import { createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { captureLogs, type CapturedLogs } from "./helpers/logs";
import { ProviderPool } from "./helpers/providers";
import { RawSocket, syncStep1Frame, updateFrame } from "./helpers/raw-socket";
import { makeDataDir, startTestServer } from "./helpers/server";

const quiet = () => undefined;
const vera = { id: "participant-vera", name: "Vera" };
const ana = { id: "participant-ana", name: "Ana" };

function hasCell(doc: Y.Doc, area: string, option: string): boolean {
  return cellLevel(readWorkspace(doc, quiet), area, option) !== null;
}

describe("viewer links", () => {
  const pool = new ProviderPool();
  const sockets: RawSocket[] = [];
  let data: ReturnType<typeof makeDataDir>;
  let logs: CapturedLogs;
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeEach(async () => {
    data = makeDataDir();
    logs = captureLogs();
    server = await startTestServer(data.dataDir, { logger: logs.logger });
    workspace = await createWorkspace(server.url);
  });
  afterEach(async () => {
    pool.destroyAll();
    for (const socket of sockets.splice(0)) socket.close();
    await server.close();
    data.remove();
  });

  it("drops a viewer's document changes but relays its presence and sends it the team's changes", async () => {
    const analyst = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    const viewer = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Vera");

    // A change made in the viewer's own copy, sent by the real client.
    setCellLevel(viewer.doc, "viewer-area", "viewer-option", "high", vera);
    await expect
      .poll(() => logs.entries.filter((entry) => /dropped a document update/.test(String(entry.msg))).length)
      .toBeGreaterThan(0);

    // Crafted frames on a raw viewer socket, as update and as sync step 2.
    const raw = new RawSocket(server, workspace.id, workspace.tokens.viewer);
    sockets.push(raw);
    await raw.opened;
    const crafted = new Y.Doc();
    setCellLevel(crafted, "raw-area", "raw-option", "low", vera);
    raw.send(updateFrame(Y.encodeStateAsUpdate(crafted)));
    raw.send(updateFrame(Y.encodeStateAsUpdate(crafted), 1));
    // Frames on one socket are handled in order, so this reply reflects the room after both.
    raw.send(syncStep1Frame(new Y.Doc()));
    await expect.poll(() => raw.syncFrames(1).length).toBe(1);
    const roomCopy = new Y.Doc();
    Y.applyUpdate(roomCopy, raw.syncFrames(1)[0]?.payload ?? new Uint8Array());
    expect(hasCell(roomCopy, "raw-area", "raw-option")).toBe(false);
    expect(hasCell(roomCopy, "viewer-area", "viewer-option")).toBe(false);
    expect(raw.isOpen).toBe(true);

    // The viewer still receives the team's changes, and the team sees the viewer.
    setCellLevel(analyst.doc, "team-area", "team-option", "medium", ana);
    await expect.poll(() => hasCell(viewer.doc, "team-area", "team-option")).toBe(true);
    viewer.awareness.setLocalStateField("user", { name: "Vera" });
    await expect
      .poll(() => analyst.awareness.getStates().get(viewer.doc.clientID)?.user)
      .toMatchObject({ name: "Vera", role: "viewer" });
    expect(hasCell(analyst.doc, "viewer-area", "viewer-option")).toBe(false);
    expect(hasCell(analyst.doc, "raw-area", "raw-option")).toBe(false);

    const dropped = logs.entries.filter((entry) => /dropped a document update/.test(String(entry.msg)));
    expect(dropped[0]).toMatchObject({ workspaceId: workspace.id, role: "viewer", linkId: expect.any(String) });
    expect(logs.text()).not.toContain(workspace.tokens.viewer);
    expect(logs.text()).not.toContain(workspace.tokens.analyst);

    // Nothing of the viewer's reached the store.
    pool.destroyAll();
    raw.close();
    await server.close();
    server = await startTestServer(data.dataDir);
    const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.analyst);
    expect(hasCell(fresh.doc, "team-area", "team-option")).toBe(true);
    expect(hasCell(fresh.doc, "viewer-area", "viewer-option")).toBe(false);
    expect(hasCell(fresh.doc, "raw-area", "raw-option")).toBe(false);
  });
});
