import * as Y from "yjs";
import { ratingChanges } from "../rating-edits";
import type { Figure } from "../report";
import type { ServerProcess } from "../servers";
import { SYNC_UPDATE, syncFrame } from "../wire";
import {
  registerParticipant,
  roomsFor,
  sleep,
  startSystem,
  templateUpdate,
  type RoomRef,
  type ScenarioContext,
} from "./common";
import type { PerSystem } from "./edit-figures";
import { standaloneClient, storedLog } from "./standalone";

interface Growth {
  /** The whole document as a new client receives it (sync step 2), in bytes. */
  encoded: number;
  storedOpen?: { rows: number; bytes: number };
  storedCompacted?: { rows: number; bytes: number };
}

/** 6. Document growth: N rating changes sent over a socket, then the size of what is kept. */
export async function docGrowth(context: ScenarioContext): Promise<Figure[]> {
  const { changes } = context.options.sizes;
  const results = {} as PerSystem<Growth>;
  for (const name of context.systems) {
    const server = await startSystem(context, name);
    let room: RoomRef | undefined;
    try {
      [room] = await roomsFor(server, 1);
      if (!room) throw new Error("no room");
      let state: Uint8Array = new Uint8Array();
      // Mesa accepts writes only from a socket bound to a participant.
      const participant =
        server.name === "mesa" && room.analyst
          ? await registerParticipant(server, room.id, room.analyst, "Writer")
          : undefined;
      const url = server.socketUrl(room.id, room.analyst, participant?.participantToken);
      const writer = standaloneClient(
        { id: "writer", room: room.id, url, seed: seedFor(server) },
        (synced) => (state = synced),
      );
      await writer.connect();
      const updates = ratingChanges(state, changes, 10, 6);
      for (const update of updates) writer.send(syncFrame(SYNC_UPDATE, update));
      const expected = Y.encodeStateVectorFromUpdate(Y.mergeUpdates([state, ...updates]));
      const encoded = await waitForState(server, room, expected);
      results[name] = { encoded };
      // Read before the writer leaves: an empty room is compacted when it falls asleep.
      if (server.dataDir) results[name].storedOpen = storedLog(server.dataDir, room.id);
      await writer.close();
    } finally {
      await server.stop();
    }
    if (server.dataDir && room) results[name].storedCompacted = storedLog(server.dataDir, room.id);
  }
  const { storedOpen, storedCompacted } = results.mesa;
  const noStore = "the reference stores nothing in its default (in-memory) mode";
  return [
    {
      scenario: 6,
      name: `document after ${changes.toLocaleString("en-US")} rating changes (sync step 2)`,
      unit: "bytes",
      mesa: results.mesa.encoded,
      reference: results.reference.encoded,
    },
    {
      scenario: 6,
      name: "stored log while the room is open",
      unit: "bytes",
      mesa: storedOpen?.bytes ?? null,
      reference: null,
      note: `${storedOpen?.rows ?? "?"} rows (Mesa compacts past 500); ${noStore}`,
    },
    {
      scenario: 6,
      name: "stored workspace after compaction",
      unit: "bytes",
      mesa: storedCompacted?.bytes ?? null,
      reference: null,
      target: { max: 100 * 1024 },
      note: `${storedCompacted?.rows ?? "?"} row(s) after the server's shutdown compaction`,
    },
  ];
}

function seedFor(server: ServerProcess): Uint8Array | undefined {
  return server.name === "reference" ? templateUpdate() : undefined;
}

/** Polls with fresh clients until the server's document holds every change; returns its size. */
async function waitForState(server: ServerProcess, room: RoomRef, expected: Uint8Array): Promise<number> {
  const want = Y.decodeStateVector(expected);
  const deadline = Date.now() + 60_000;
  for (;;) {
    let state: Uint8Array = new Uint8Array();
    const probe = standaloneClient(
      { id: "probe", room: room.id, url: server.socketUrl(room.id, room.viewer) },
      (synced) => (state = synced),
    );
    await probe.connect();
    await probe.close();
    const have = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(state));
    if ([...want].every(([client, clock]) => (have.get(client) ?? 0) >= clock)) return state.length;
    if (Date.now() > deadline) throw new Error(`${server.name} did not apply every change within 60 s`);
    await sleep(200);
  }
}
