import * as Y from "yjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addThreat, readWorkspace, setCellLevel, updateThreat } from "../../lib/collab";
import { seededRandom } from "../../lib/domain/seeded-random";
import type { RunningServer } from "../../server/start-server";
import { api, createWorkspace, registerParticipant, type CreatedWorkspace } from "./helpers/api";
import { ProviderPool } from "./helpers/providers";
import { RawSocket, awarenessFrame, updateFrame } from "./helpers/raw-socket";
import { makeDataDir, startTestServer } from "./helpers/server";

/** Frames to send: FUZZ_FRAMES sets it (`npm run test:soak` sends many more); FUZZ_SEED replays a run. */
const FRAMES = Number(process.env.FUZZ_FRAMES ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261204);

const ROOTS = ["meta", "options", "areas", "ratings", "rationales", "weights", "threats", "threads", "evil"];

/** One hostile edit of a client's copy: plausible places, implausible values. */
function hostileEdit(doc: Y.Doc, random: () => number): void {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const values: unknown[] = [
    99,
    -3,
    1e9,
    "x".repeat(Math.floor(random() * 6_000)),
    null,
    { level: pick(["high", "extreme", 7]) },
    { weight: random() * 30 - 10 },
    [1, 2, 3],
    true,
    "",
  ];
  const root = pick(ROOTS);
  const value = pick(values);
  switch (Math.floor(random() * 6)) {
    case 0:
      doc
        .getMap(root === "options" || root === "areas" || root === "threats" ? "ratings" : root)
        .set(pick(["a|b", "schemaVersion", "title", "strategy", "x"]), value);
      return;
    case 1: {
      const threats = doc.getArray<Y.Map<unknown>>("threats");
      const threat = threats.length > 0 ? threats.get(Math.floor(random() * threats.length)) : undefined;
      if (threat instanceof Y.Map)
        threat.set(pick(["likelihood", "impact", "name", "id", "notes", "areaLinks", "trend"]), value);
      return;
    }
    case 2:
      doc.getArray(pick(["options", "areas", "threats"])).push([value === null ? 0 : value]);
      return;
    case 3: {
      const text = doc.getMap("rationales").get("strategy|status-quo");
      if (text instanceof Y.Text) text.insert(0, "r".repeat(Math.floor(random() * 3_000)));
      return;
    }
    case 4: {
      const threats = doc.getArray("threats");
      if (threats.length > 3) threats.delete(Math.floor(random() * threats.length), 1);
      return;
    }
    default: {
      const map = new Y.Map<unknown>();
      map.set("id", pick(["ok-id", "bad id!", ""]));
      map.set("name", value);
      doc.getArray(pick(["options", "threats"])).push([map]);
    }
  }
}

function garbleFrame(frame: Uint8Array, random: () => number): Uint8Array {
  const copy = frame.slice();
  const flips = 1 + Math.floor(random() * 4);
  for (let i = 0; i < flips; i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
  return random() < 0.2 ? copy.subarray(0, Math.floor(random() * copy.length)) : copy;
}

describe("fuzzing the socket", () => {
  const data = makeDataDir();
  const pool = new ProviderPool();
  let server: RunningServer;
  let workspace: CreatedWorkspace;

  beforeAll(async () => {
    server = await startTestServer(data.dataDir, {
      limits: {
        messagesPerSecond: 1_000_000,
        messagesBurst: 1_000_000,
        awarenessPerSecond: 1_000_000,
        awarenessBurst: 1_000_000,
      },
    });
    workspace = await createWorkspace(server.url, { title: "Fuzz", template: "rand-mexico-2009" });
  });
  afterAll(async () => {
    pool.destroyAll();
    await server.close();
    data.remove();
  });

  it(
    `survives ${FRAMES} random and mutated frames while three honest analysts keep syncing`,
    { timeout: 600_000 },
    async () => {
      const random = seededRandom(SEED);
      const honest = await Promise.all(
        ["Ana", "Ben", "Caro"].map((name) => pool.connectSynced(server, workspace.id, workspace.tokens.analyst, name)),
      );
      const participant = await registerParticipant(server.url, workspace.id, workspace.tokens.analyst, "Mallory");
      let socket: RawSocket | undefined;
      let copy = new Y.Doc();
      let seen = 0;
      let reopened = 0;
      for (let sent = 0; sent < FRAMES; sent++) {
        if (!socket?.isOpen) {
          socket?.close();
          socket = new RawSocket(server, workspace.id, workspace.tokens.analyst, participant.participantToken);
          copy = await socket.fetchDoc();
          seen = socket.frames.length;
          reopened++;
        }
        seen = socket.applyReceived(copy, seen);
        const roll = random();
        if (roll < 0.6) {
          socket.sendEdit(copy, (doc) => hostileEdit(doc, random));
        } else if (roll < 0.75) {
          socket.send(
            awarenessFrame(
              Math.floor(random() * 5),
              Math.floor(random() * 100),
              random() < 0.5 ? null : { user: { name: "M" } },
            ),
          );
        } else {
          const before = Y.encodeStateVector(copy);
          hostileEdit(copy, random);
          socket.send(garbleFrame(updateFrame(Y.encodeStateAsUpdate(copy, before)), random));
        }
        if (sent % 200 === 0) {
          const author = pool.author(honest[sent % 3] as (typeof honest)[number]);
          const doc = (honest[sent % 3] as (typeof honest)[number]).doc;
          setCellLevel(doc, "strategy", "status-quo", (["high", "medium", "low"] as const)[sent % 3] ?? "low", author);
          if (sent % 1_000 === 0) {
            const id = addThreat(doc, { name: `Honest threat ${sent}` }, author);
            updateThreat(doc, id, { likelihood: 3 }, author);
          }
          // Let the server drain so the run measures handling, not an ever-growing queue.
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      }
      socket?.close();
      expect(reopened).toBeGreaterThan(1);
      await expect(api(server.url, "/api/health")).resolves.toMatchObject({ status: 200 });

      const [ana, ben, caro] = honest as [(typeof honest)[number], (typeof honest)[number], (typeof honest)[number]];
      setCellLevel(ana.doc, "transparency", "partnership", "medium", pool.author(ana));
      for (const peer of [ben, caro]) {
        await expect
          .poll(() => readWorkspace(peer.doc, () => undefined).ratings["transparency|partnership"]?.level, {
            timeout: 20_000,
          })
          .toBe("medium");
      }
      await expect
        .poll(() => JSON.stringify(readWorkspace(ben.doc, () => undefined)), { timeout: 20_000 })
        .toBe(JSON.stringify(readWorkspace(ana.doc, () => undefined)));
      expect(JSON.stringify(readWorkspace(caro.doc, () => undefined))).toBe(
        JSON.stringify(readWorkspace(ana.doc, () => undefined)),
      );

      // What the store holds reads back with nothing dropped as invalid.
      const seenByTeam = readWorkspace(ana.doc, () => undefined);
      pool.destroyAll();
      await server.close();
      server = await startTestServer(data.dataDir);
      const fresh = await pool.connectSynced(server, workspace.id, workspace.tokens.viewer);
      const dropped: string[] = [];
      // A text cut at its limit is shown cut, not dropped (two people may type past it together).
      const stored = readWorkspace(fresh.doc, (where, issue) => {
        if (!/the rest is not shown/.test(issue)) dropped.push(`${where}: ${issue}`);
      });
      expect(dropped).toEqual([]);
      // Deleting threats is a valid edit, so the fuzzer's copy may hold fewer: the store holds what the team saw.
      expect(stored.threats).toEqual(seenByTeam.threats);
      expect(stored.ratings["transparency|partnership"]?.level).toBe("medium");
    },
  );
});
