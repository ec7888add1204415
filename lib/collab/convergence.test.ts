import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { LEVELS, type Level } from "../domain/scales";
import {
  InvalidEditError,
  addOption,
  createWorkspaceDoc,
  moveRecord,
  openThread,
  rationaleText,
  readWorkspace,
  removeRecord,
  replyToThread,
  setAreaWeight,
  setCellLevel,
  setResourceDemand,
  setThreatAreaLink,
  updateThreat,
} from "./index";

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
  fc.record({
    kind: fc.constant("rationale" as const),
    peer: fc.nat(3),
    area: fc.constantFrom(...AREAS),
    option: fc.constantFrom(...OPTIONS),
    at: fc.nat(40),
    text: fc.string({ maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant("move" as const),
    peer: fc.nat(3),
    option: fc.constantFrom(...OPTIONS),
    to: fc.nat(3),
  }),
  fc.record({ kind: fc.constant("add-option" as const), peer: fc.nat(3), name: fc.constantFrom("New", "Other") }),
  fc.record({ kind: fc.constant("remove-area" as const), peer: fc.nat(3), area: fc.constantFrom(...AREAS) }),
  fc.record({
    kind: fc.constant("weight" as const),
    peer: fc.nat(3),
    area: fc.constantFrom(...AREAS),
    weight: fc.integer({ min: 0, max: 20 }).map((half) => half / 2),
  }),
  fc.record({
    kind: fc.constant("link" as const),
    peer: fc.nat(3),
    threat: fc.constantFrom(...THREATS),
    area: fc.constantFrom(...AREAS),
    linked: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("comment" as const),
    peer: fc.nat(3),
    option: fc.constantFrom(...OPTIONS),
    text: fc.constantFrom("Why?", "Agreed", "See the 2008 figures"),
  }),
  fc.record({ kind: fc.constant("sync" as const), peer: fc.nat(3), other: fc.nat(3) }),
);

type Operation = typeof operationArb extends fc.Arbitrary<infer T> ? T : never;

function apply(doc: Y.Doc, operation: Operation, step: number): void {
  const author = { id: `p${operation.peer}`, name: `Peer ${operation.peer}` };
  switch (operation.kind) {
    case "cell":
      return setCellLevel(doc, operation.area, operation.option, operation.level, author, step);
    case "demand":
      return setResourceDemand(doc, operation.option, operation.level, author, step);
    case "threat":
      return updateThreat(doc, operation.threat, { impact: operation.score as 1 }, author, step);
    case "rationale": {
      const text = rationaleText(doc, operation.area, operation.option);
      return text.insert(Math.min(operation.at, text.length), operation.text);
    }
    case "move":
      return moveRecord(doc, "option", operation.option, operation.to);
    case "add-option":
      return void addOption(doc, { name: operation.name });
    case "remove-area":
      return removeRecord(doc, "area", operation.area);
    case "weight":
      return setAreaWeight(doc, operation.area, operation.weight, author, step);
    case "link":
      return setThreatAreaLink(doc, operation.threat, operation.area, operation.linked, author, step);
    case "comment": {
      const existing = readWorkspace(doc).threads.find(
        (thread) => thread.target.kind === "option" && thread.target.optionId === operation.option,
      );
      if (existing) return void replyToThread(doc, existing.id, operation.text, author, step);
      return void openThread(
        doc,
        { target: { kind: "option", optionId: operation.option }, text: operation.text },
        author,
        step,
      );
    }
    case "sync":
      return;
  }
}

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
            if (operation.kind === "sync") return sync(doc, peers[operation.other % peerCount]!);
            try {
              apply(doc, operation, step);
            } catch (error) {
              // A record another peer removed (and this one has since heard of) refuses edits.
              if (!(error instanceof InvalidEditError)) throw error;
            }
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
