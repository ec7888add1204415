/**
 * What the server's validation costs per update: µs to apply a rating update to a
 * RAND-template document as the room does, without and with the validation seam.
 *
 *   npm run bench:validation -- [--updates 5000] [--rounds 7] [--json]
 *
 * Each round sends the updates to a fresh copy of the workspace, alternating the order of
 * the variants so none always runs on a warmer process; the figures are the medians over
 * rounds of each round's mean, p50 and p99. Only the server's call is timed.
 */
import os from "node:os";
import { parseArgs } from "node:util";
import * as Y from "yjs";
import { cellKey, createWorkspaceDoc, UpdateGate } from "../lib/collab";
import { roots } from "../lib/collab/roots";
import { BRIEF_AREAS, BRIEF_OPTIONS } from "../lib/domain/brief-2009";
import { seededRandom } from "../lib/domain/seeded-random";
import { ratingChanges } from "./rating-edits";
import { median } from "./stats";

/** The sending socket, as the room passes it to Yjs. */
const ORIGIN = { socket: "bench" };
/** The participant the sending socket is bound to; ratingChanges writes as bench-author-N. */
const AUTHOR = { participantId: "bench-author-0" };

/**
 * Builds, for one fresh server copy, the call the room makes per incoming update; it returns
 * the net change a refused update sends back to everyone, the sender included.
 */
type Variant = (doc: Y.Doc) => (update: Uint8Array) => Uint8Array | undefined;

const VARIANTS: Record<string, Variant> = {
  "apply only": (doc) => (update) => {
    Y.applyUpdate(doc, update, ORIGIN);
    return undefined;
  },
  "apply + validation": (doc) => {
    const gate = new UpdateGate(doc);
    return (update) => {
      // ▶ The server's validation seam (lib/collab/update-gate.ts → checkTransaction): apply, check, take back if invalid.
      const result = gate.apply(update, ORIGIN, AUTHOR);
      if (result.problem) throw new Error(`a valid rating was refused: ${result.problem.message}`);
      return result.net;
    };
  },
  "refused + reverted": (doc) => {
    const gate = new UpdateGate(doc);
    return (update) => {
      // ▶ The same seam on a rating outside its scale: the revert and the net change are part of the cost.
      const result = gate.apply(update, ORIGIN, AUTHOR);
      if (!result.problem) throw new Error("an invalid rating was accepted");
      return result.net;
    };
  },
};

/** The updates one sender sends in a round; `learn` gets what the server sent back. */
interface Sender {
  next(): Uint8Array;
  learn(net: Uint8Array): void;
}

interface Figures {
  mean: number;
  p50: number;
  p99: number;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      updates: { type: "string", default: "5000" },
      rounds: { type: "string", default: "7" },
      json: { type: "boolean", default: false },
    },
  });
  const count = Number(values.updates);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(rounds) || rounds < 1) {
    throw new Error("--updates and --rounds must be positive integers");
  }

  const initial = Y.encodeStateAsUpdate(
    createWorkspaceDoc({ title: "Validation bench", template: "rand-mexico-2009", createdAt: Date.now() }),
  );
  // Ten people rating through lib/collab, as in bench scenario 1; generated once, outside the timing.
  const valid = ratingChanges(initial, count);
  const senders: Record<string, () => Sender> = {
    "apply only": () => replaying(valid),
    "apply + validation": () => replaying(valid),
    "refused + reverted": () => outOfScaleRater(initial),
  };

  const names = Object.keys(VARIANTS);
  const run = (name: string) => replay(initial, VARIANTS[name]!, senders[name]!(), count);
  // One unmeasured round each, so every code path is optimised before it is timed.
  for (const name of names) run(name);
  const perRound: Record<string, Figures[]> = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) perRound[name]!.push(run(name));
  }

  const results = names.map((name) => ({ variant: name, ...summarise(perRound[name]!) }));
  if (values.json) {
    console.log(JSON.stringify({ updates: count, rounds, node: process.version, cpu: cpuModel(), results }, null, 2));
    return;
  }
  console.log(`${count.toLocaleString("en-US")} rating updates × ${rounds} rounds on the RAND workspace`);
  console.log(`node ${process.version}, ${cpuModel()}\n`);
  console.log("| variant | mean µs/update | p50 µs | p99 µs |");
  console.log("| --- | ---: | ---: | ---: |");
  for (const row of results) {
    console.log(`| ${row.variant} | ${row.mean.toFixed(1)} | ${row.p50.toFixed(1)} | ${row.p99.toFixed(1)} |`);
  }
  const [plain, validated] = results;
  if (plain && validated) {
    console.log(`\nvalidation adds ${(validated.mean - plain.mean).toFixed(1)} µs per accepted update (mean)`);
  }
}

/** Sends `count` updates to a fresh server copy of the workspace, timing only the server's call, in µs. */
function replay(initial: Uint8Array, variant: Variant, sender: Sender, count: number): Figures {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initial);
  const receive = variant(doc);
  const micros: number[] = [];
  for (let index = 0; index < count; index++) {
    const update = sender.next();
    const started = process.hrtime.bigint();
    const net = receive(update);
    micros.push(Number(process.hrtime.bigint() - started) / 1_000);
    if (net) sender.learn(net);
  }
  doc.destroy();
  micros.sort((a, b) => a - b);
  const mean = micros.reduce((sum, value) => sum + value, 0) / micros.length;
  return { mean, p50: quantile(micros, 0.5), p99: quantile(micros, 0.99) };
}

function summarise(rounds: readonly Figures[]): Figures {
  const pick = (key: keyof Figures) => median(rounds.map((figures) => figures[key])) ?? Number.NaN;
  return { mean: pick("mean"), p50: pick("p50"), p99: pick("p99") };
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

function replaying(updates: readonly Uint8Array[]): Sender {
  let next = 0;
  return {
    next: () => updates[next++ % updates.length]!,
    learn: () => undefined,
  };
}

/**
 * A client that writes a level outside the scale straight into the ratings map (the page's
 * setCellLevel would not) and, like a provider, applies the net change the server sends
 * back, so each of its updates builds on the server's state and is refused on its own.
 */
function outOfScaleRater(initial: Uint8Array): Sender {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, initial);
  const random = seededRandom(2);
  let at = 1_700_000_000_000;
  return {
    next() {
      const area = BRIEF_AREAS[Math.floor(random() * BRIEF_AREAS.length)]!;
      const option = BRIEF_OPTIONS[Math.floor(random() * BRIEF_OPTIONS.length)]!;
      const before = Y.encodeStateVector(doc);
      const rating = { level: "extreme", by: AUTHOR.participantId, byName: "Bench", at: at++ };
      roots(doc).ratings.set(cellKey(area.id, option.id), rating);
      return Y.encodeStateAsUpdate(doc, before);
    },
    learn: (net) => Y.applyUpdate(doc, net, "server"),
  };
}

function cpuModel(): string {
  return os.cpus()[0]?.model.trim() ?? "unknown CPU";
}

main();
