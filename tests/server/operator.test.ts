import { cpSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import {
  readWorkspace,
  removeRecord,
  removeThreat,
  SCHEMA_VERSION,
  setCellLevel,
  type WorkspaceSnapshot,
} from "../../lib/collab";
import { roots } from "../../lib/collab/roots";
import { CLOSE } from "../../lib/contract";
import { signOperatorToken, tokenKey } from "../../server/auth/tokens";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, type CreatedWorkspace } from "./helpers/api";
import { closedPort, runMesa } from "./helpers/mesa-cli";
import { ProviderPool } from "./helpers/providers";
import { makeDataDir, startTestServer, TEST_SECRET } from "./helpers/server";

const quiet = () => undefined;
const read = (doc: Y.Doc): WorkspaceSnapshot => readWorkspace(doc, quiet);

describe("operator command", () => {
  const pool = new ProviderPool();
  let data: ReturnType<typeof makeDataDir>;
  let server: RunningServer | undefined;
  const cleanups: (() => void)[] = [];

  beforeEach(() => {
    data = makeDataDir();
  });
  afterEach(async () => {
    pool.destroyAll();
    await server?.close();
    server = undefined;
    data.remove();
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  /** The CLI with the server's DATA_DIR and secret; PORT is the running server's, or one nobody listens on. */
  async function mesa(args: string[], env: Record<string, string | undefined> = {}) {
    const port = server ? String(server.port) : String(await closedPort());
    return runMesa(args, { DATA_DIR: data.dataDir, APP_SECRET: TEST_SECRET, PORT: port, ...env });
  }

  async function start(overrides: Parameters<typeof startTestServer>[1] = {}): Promise<RunningServer> {
    server = await startTestServer(data.dataDir, { roomIdleMs: 50, ...overrides });
    return server;
  }

  /** Edits the workspace and leaves, so the room compacts and keeps a snapshot; returns its id. */
  async function compactedSnapshot(running: RunningServer, workspace: CreatedWorkspace): Promise<number> {
    const before = (await running.store.listSnapshots(workspace.id)).length;
    const provider = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    const { areas, options } = read(provider.doc);
    setCellLevel(provider.doc, areas[0]!.id, options[0]!.id, "high", pool.author(provider));
    await expect.poll(async () => (await running.store.countUpdates(workspace.id)) > 1).toBe(true);
    provider.destroy();
    await expect.poll(async () => (await running.store.listSnapshots(workspace.id)).length).toBeGreaterThan(before);
    return (await running.store.listSnapshots(workspace.id))[0]!.id;
  }

  async function snapshotState(running: RunningServer, snapshotId: number): Promise<WorkspaceSnapshot> {
    const record = await running.store.loadSnapshot(snapshotId);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, record!.data);
    return read(doc);
  }

  function wipe(provider: WebsocketProvider): void {
    const state = read(provider.doc);
    for (const option of state.options) removeRecord(provider.doc, "option", option.id);
    for (const area of state.areas) removeRecord(provider.doc, "area", area.id);
    for (const threat of state.threats) removeThreat(provider.doc, threat.id);
  }

  /** Appends what a newer Mesa would write: the stored document with meta.schemaVersion 999. */
  async function writeNewerSchema(running: RunningServer, workspaceId: string): Promise<void> {
    await expect.poll(() => running.rooms.isLoaded(workspaceId)).toBe(false);
    const doc = new Y.Doc();
    for (const update of await running.store.loadUpdates(workspaceId)) Y.applyUpdate(doc, update);
    const stored = Y.encodeStateVector(doc);
    roots(doc).meta.set("schemaVersion", 999);
    await running.store.appendUpdate(workspaceId, Y.encodeStateAsUpdate(doc, stored), Date.now());
  }

  it("link: replaces a lost facilitator link with one that works", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url);

    const result = await mesa(["link", workspace.id, "--role", "facilitator", "--label", "Replacement"], {
      PUBLIC_URL: "https://mesa.example.org",
    });

    expect(result.code, result.stderr).toBe(0);
    const link = result.stdout.trim();
    expect(link).toMatch(new RegExp(`^https://mesa\\.example\\.org/w/${workspace.id}#token=`));
    const token = link.split("#token=")[1]!;
    const info = await api(running.url, `/api/workspaces/${workspace.id}`, { token });
    expect(info).toMatchObject({ status: 200, body: { id: workspace.id, role: "facilitator" } });
    const stored = await running.store.getLink(JSON.parse(atob(token.split(".")[1]!)).jti as string);
    expect(stored).toMatchObject({ label: "Replacement", role: "facilitator", workspaceId: workspace.id });
  });

  it("link: refuses an unknown workspace (exit 1) and a missing role (exit 2)", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url);
    const unknown = await mesa(["link", "no-such-workspace", "--role", "facilitator"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no-such-workspace does not exist");
    const noRole = await mesa(["link", workspace.id]);
    expect(noRole.code).toBe(2);
    expect(noRole.stderr).toContain("--role");
  });

  it("check: reports a workspace stored with a newer schema and exits 1", async () => {
    const running = await start();
    const good = await createWorkspace(running.url);
    const newer = await createWorkspace(running.url);
    await writeNewerSchema(running, newer.id);

    const result = await mesa(["check"]);

    expect(result.code).toBe(1);
    expect(result.stdout.trim().split("\n")).toEqual([expect.stringMatching(new RegExp(`^${newer.id}: .*schema 999`))]);
    expect(result.stdout).not.toContain(good.id);
  });

  it("check: reports a stored update that does not decode, and exits 0 when all load", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url);
    expect((await mesa(["check"])).code).toBe(0);

    await running.store.appendUpdate(workspace.id, new Uint8Array([0xff, 0xff, 0xff]), Date.now());
    const result = await mesa(["check"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^${workspace.id}: stored update 2 of 2 does not decode`));
  });

  it("rollback: restores a wiped workspace in the live room while clients stay connected", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url, { title: "Brief", template: "rand-mexico-2009" });
    const snapshotId = await compactedSnapshot(running, workspace);
    const expected = await snapshotState(running, snapshotId);
    expect(expected.options.length).toBeGreaterThan(0);

    const watcher = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst, "Watcher");
    const wiper = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst, "Wiper");
    const statuses: string[] = [];
    watcher.on("status", ({ status }: { status: string }) => statuses.push(status));
    wipe(wiper);
    await expect.poll(() => read(watcher.doc).threats).toEqual([]);
    // The wiper goes offline holding the wiped state, and comes back after the rollback.
    wiper.disconnect();

    const listed = await mesa(["rollback", workspace.id]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(new RegExp(`^${snapshotId}\\t\\d{4}-\\d\\d-\\d\\dT.*\\tcompaction$`, "m"));

    // PORT names no server: the command finds this one through DATA_DIR/server.json.
    const result = await mesa(["rollback", workspace.id, "--to", String(snapshotId)], {
      PORT: String(await closedPort()),
    });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("in the running server");

    await expect.poll(() => read(watcher.doc)).toEqual(expected);
    expect(statuses).not.toContain("disconnected");
    void wiper.connect();
    await expect.poll(() => read(wiper.doc)).toEqual(expected);
    expect(read(watcher.doc)).toEqual(expected);
    const late = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer, "Late");
    expect(read(late.doc)).toEqual(expected);

    const kept = await running.store.listSnapshots(workspace.id);
    const before = kept.find((snapshot) => snapshot.reason === "before-rollback");
    expect(before).toBeDefined();
    expect((await snapshotState(running, before!.id)).threats).toEqual([]);

    // The restore was persisted like any edit: a restarted server serves it.
    pool.destroyAll();
    await running.close();
    const restarted = await start();
    const reader = await pool.connectSynced(restarted, workspace.id, workspace.tokens.viewer, "Reader");
    expect(read(reader.doc)).toEqual(expected);
  });

  it("rollback: makes a workspace that cannot open load again, with the server running", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url, { title: "Brief", template: "rand-mexico-2009" });
    const snapshotId = await compactedSnapshot(running, workspace);
    await writeNewerSchema(running, workspace.id);
    expect((await mesa(["check"])).code).toBe(1);

    const result = await mesa(["rollback", workspace.id, "--to", String(snapshotId)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("replacing its stored log");

    expect((await mesa(["check"])).code).toBe(0);
    const provider = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    expect(read(provider.doc)).toEqual(await snapshotState(running, snapshotId));
    expect(read(provider.doc).meta.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it("rollback: after replacing a log, a client holding the dropped history is closed with 4409", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url, { title: "Brief", template: "rand-mexico-2009" });
    const snapshotId = await compactedSnapshot(running, workspace);
    const expected = await snapshotState(running, snapshotId);
    // Edited after the snapshot, so its copy holds history the replaced log had.
    const late = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst, "Late");
    const { areas, options } = read(late.doc);
    setCellLevel(late.doc, areas[1]!.id, options[1]!.id, "low", pool.author(late));
    await expect.poll(async () => (await running.store.countUpdates(workspace.id)) > 1).toBe(true);
    const held = late.doc;
    late.destroy();
    await writeNewerSchema(running, workspace.id);

    const result = await mesa(["rollback", workspace.id, "--to", String(snapshotId)]);
    expect(result.stdout).toContain("replacing its stored log");
    const codes: number[] = [];
    const back = pool.connect(running, workspace.id, workspace.tokens.analyst, { doc: held });
    back.on("connection-close", (event) => codes.push(event?.code ?? 0));
    await expect.poll(() => codes).toContain(CLOSE.restored);

    // A client that never held the dropped history syncs as usual, and the late rating is gone.
    const fresh = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer, "Fresh");
    expect(read(fresh.doc)).toEqual(expected);
  });

  it("rollback: restores in the store when the server is stopped, as a change clients cannot undo", async () => {
    let running = await start();
    const workspace = await createWorkspace(running.url, { title: "Brief", template: "rand-mexico-2009" });
    const snapshotId = await compactedSnapshot(running, workspace);
    const expected = await snapshotState(running, snapshotId);
    const wiper = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    wipe(wiper);
    await expect.poll(async () => (await running.store.countUpdates(workspace.id)) > 1).toBe(true);
    // The wiper's client keeps the wiped state while the server is down.
    const offline = wiper.doc;
    wiper.destroy();
    await running.close();
    server = undefined;
    // What a crashed server leaves behind: a process that no longer exists.
    const stale = { pid: 2 ** 30 - 1, port: running.port, host: "127.0.0.1" };
    writeFileSync(path.join(data.dataDir, "server.json"), JSON.stringify(stale));

    const result = await mesa(["rollback", workspace.id, "--to", String(snapshotId)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("in the store");

    running = await start();
    pool.connect(running, workspace.id, workspace.tokens.analyst, { doc: offline });
    await expect.poll(() => read(offline)).toEqual(expected);
    const fresh = await pool.connectSynced(running, workspace.id, workspace.tokens.viewer, "Fresh");
    expect(read(fresh.doc)).toEqual(expected);
  });

  it("rollback: with the server stopped, replaces the log of a workspace that cannot open", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url, { title: "Brief", template: "rand-mexico-2009" });
    const snapshotId = await compactedSnapshot(running, workspace);
    const expected = await snapshotState(running, snapshotId);
    await writeNewerSchema(running, workspace.id);
    await running.close();
    server = undefined;

    const result = await mesa(["rollback", workspace.id, "--to", String(snapshotId)]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("replacing its stored log");
    expect((await mesa(["check"])).code).toBe(0);

    const restarted = await start();
    const reader = await pool.connectSynced(restarted, workspace.id, workspace.tokens.viewer, "Reader");
    expect(read(reader.doc)).toEqual(expected);
  });

  it("rollback: refuses a snapshot of another workspace and a wrong secret", async () => {
    const running = await start();
    const one = await createWorkspace(running.url);
    const other = await createWorkspace(running.url, { title: "Other", template: "rand-mexico-2009" });
    const snapshotId = await compactedSnapshot(running, other);
    const foreign = await mesa(["rollback", one.id, "--to", String(snapshotId)]);
    expect(foreign.code).toBe(1);
    expect(foreign.stderr).toContain(`has no snapshot ${snapshotId}`);
    const wrongSecret = await mesa(["rollback", other.id, "--to", String(snapshotId)], {
      APP_SECRET: "another-secret-that-is-long-enough-0123456789",
    });
    expect(wrongSecret.code).toBe(1);
    expect(wrongSecret.stderr).toContain("refused the operator token");
  });

  it("operator route: refuses a link token, a missing token, and an operator token on a link route", async () => {
    const running = await start();
    const workspace = await createWorkspace(running.url);
    const route = `/api/operator/workspaces/${workspace.id}/rollback`;
    const withLink = await api(running.url, route, { json: { snapshotId: 1 }, token: workspace.tokens.facilitator });
    expect(withLink).toMatchObject({ status: 401, body: { error: { code: "unauthorized" } } });
    expect((await api(running.url, route, { json: { snapshotId: 1 } })).status).toBe(401);

    const operatorToken = await signOperatorToken(tokenKey(TEST_SECRET));
    const asLink = await api(running.url, `/api/workspaces/${workspace.id}`, { token: operatorToken });
    expect(asLink.status).toBe(401);
    const unknownSnapshot = await api(running.url, route, { json: { snapshotId: 999_999 }, token: operatorToken });
    expect(unknownSnapshot).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
  });

  it("backup: a copy taken while a client writes restores into a fresh DATA_DIR, links included", async () => {
    // No configured secret: the server generates DATA_DIR/secret, which the backup must carry.
    const running = await start({ secret: undefined });
    const workspace = await createWorkspace(running.url, { title: "Brief", template: "rand-mexico-2009" });
    const writer = await pool.connectSynced(running, workspace.id, workspace.tokens.analyst);
    const { areas, options } = read(writer.doc);
    const levels = ["low", "medium", "high"] as const;
    let writes = 0;
    const writing = setInterval(() => {
      setCellLevel(
        writer.doc,
        areas[0]!.id,
        options[writes % options.length]!.id,
        levels[writes % 3]!,
        pool.author(writer),
      );
      writes++;
    }, 2);
    const backups = mkdtempSync(path.join(tmpdir(), "mesa-backup-"));
    cleanups.push(() => rmSync(backups, { recursive: true, force: true }));
    const target = path.join(backups, "nightly");

    let result;
    try {
      await expect.poll(() => writes).toBeGreaterThan(20);
      result = await mesa(["backup", target], { APP_SECRET: undefined });
    } finally {
      clearInterval(writing);
    }
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(path.join(target, "mesa.sqlite")).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(target, "secret")).mode & 0o777).toBe(0o600);
    pool.destroyAll();
    await running.close();
    server = undefined;

    const fresh = makeDataDir();
    cleanups.push(fresh.remove);
    cpSync(target, fresh.dataDir, { recursive: true });
    expect(existsSync(path.join(fresh.dataDir, "mesa.sqlite-wal"))).toBe(false);
    server = await startTestServer(fresh.dataDir, { secret: undefined });
    const info = await api(server.url, `/api/workspaces/${workspace.id}`, { token: workspace.tokens.facilitator });
    expect(info).toMatchObject({ status: 200, body: { role: "facilitator" } });
    const reader = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer, "Reader");
    expect(read(reader.doc).options.length).toBe(options.length);
    expect(Object.keys(read(reader.doc).ratings).length).toBeGreaterThan(0);
  });

  it("backup: refuses a directory that is not empty", async () => {
    const running = await start();
    await createWorkspace(running.url);
    const target = mkdtempSync(path.join(tmpdir(), "mesa-backup-"));
    cleanups.push(() => rmSync(target, { recursive: true, force: true }));
    writeFileSync(path.join(target, "notes.txt"), "not a backup");
    const result = await mesa(["backup", target]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("is not empty");
  });
});
