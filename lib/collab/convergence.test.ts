import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LEVELS, type Level } from "../domain/scales";
import { assessThreat, createWorkspaceDoc, readWorkspace, setCellLevel, setResourceDemand } from "./index";

const AREAS = ["strategy", "federal-local", "domestic", "transparency"];
const OPTIONS = ["partnership", "status-quo", "retrenchment"];
const THREATS = ["organized-crime", "terrorism", "street-gangs"];

const levelArb = fc.constantFrom<Level | null>(...LEVELS, null);
const operationArb = fc.oneof(
  fc.record({
    kind: fc.constant("cell" as const),
    peer: fc.nat(3),
    area: fc.constantFrom(...AREAS),
    option: fc.constantFrom(...OPTIONS),
    level: levelArb,
  }),
  fc.record({
    kind: fc.constant("demand" as const),
    peer: fc.nat(3),
    option: fc.constantFrom(...OPTIONS),
    level: levelArb,
  }),
  fc.record({
    kind: fc.constant("threat" as const),
    peer: fc.nat(3),
    threat: fc.constantFrom(...THREATS),
    score: fc.integer({ min: 1, max: 5 }),
  }),
  fc.record({ kind: fc.constant("sync" as const), peer: fc.nat(3), other: fc.nat(3) }),
);

function sync(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
}

describe("peers editing one workspace", () => {
  it("all hold the same workspace after random edits and partial syncs, once fully synced", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(operationArb, { maxLength: 60 }),
        (peerCount, operations) => {
          const origin = createWorkspaceDoc({ title: "Fuzz", template: "rand-mexico-2009", createdAt: 0 });
          const peers = Array.from({ length: peerCount }, () => {
            const doc = new Y.Doc();
            sync(origin, doc);
            return doc;
          });
          operations.forEach((operation, step) => {
            const doc = peers[operation.peer % peerCount]!;
            const author = { id: `p${operation.peer}`, name: `Peer ${operation.peer}` };
            if (operation.kind === "cell")
              setCellLevel(doc, operation.area, operation.option, operation.level, author, step);
            if (operation.kind === "demand") setResourceDemand(doc, operation.option, operation.level, author, step);
            if (operation.kind === "threat")
              assessThreat(doc, operation.threat, { impact: operation.score as 1 }, author, step);
            if (operation.kind === "sync") sync(doc, peers[operation.other % peerCount]!);
          });
          for (const a of peers) for (const b of peers) sync(a, b);
          const expected = readWorkspace(peers[0]!);
          for (const peer of peers) expect(readWorkspace(peer)).toEqual(expected);
        },
      ),
      { seed: 20090428, numRuns: 150 },
    );
  });
});
