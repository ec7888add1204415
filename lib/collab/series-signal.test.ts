import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import { readSeriesRevision, signalSeriesChanged } from "./series-signal";

const ana = { id: "participant-ana", name: "Ana" };
const ben = { id: "participant-ben", name: "Ben" };

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe("series signal", () => {
  it("reads 0 until someone signals, then changes on every signal and reaches peers", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    expect(readSeriesRevision(a)).toBe("0");
    signalSeriesChanged(a, ana, 1000);
    const first = readSeriesRevision(a);
    expect(first).toBe("1:participant-ana@1000");
    exchange(a, b);
    expect(readSeriesRevision(b)).toBe(first);
    signalSeriesChanged(b, ben, 2000);
    exchange(a, b);
    expect(readSeriesRevision(a)).toBe("2:participant-ben@2000");
  });

  it("changes the token for everyone when two people signal at once", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const c = new Y.Doc();
    signalSeriesChanged(a, ana, 1000);
    exchange(a, b);
    exchange(a, c);
    const before = readSeriesRevision(c);
    // Both write revision 2 concurrently; whichever stamp wins, every copy agrees and differs from before.
    signalSeriesChanged(a, ana, 2000);
    signalSeriesChanged(b, ben, 2000);
    exchange(a, b);
    const ownA = readSeriesRevision(a);
    Y.applyUpdate(c, Y.encodeStateAsUpdate(a));
    expect(readSeriesRevision(c)).toBe(ownA);
    expect(readSeriesRevision(b)).toBe(ownA);
    expect(ownA).not.toBe(before);
    expect(ownA.startsWith("2:")).toBe(true);
  });

  it("ignores a malformed revision written by a misbehaving client", () => {
    const doc = new Y.Doc();
    doc.getMap("meta").set("seriesRevision", "lots");
    expect(readSeriesRevision(doc)).toBe("0");
    signalSeriesChanged(doc, ana, 5);
    expect(readSeriesRevision(doc)).toBe("1:participant-ana@5");
  });
});
