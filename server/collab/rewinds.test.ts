import * as Y from "yjs";
import { describe, expect, it } from "vitest";
import { holdsDroppedHistory } from "./rewinds";

function docOf(clientId: number, edits: number, base?: Y.Doc): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  if (base) Y.applyUpdate(doc, Y.encodeStateAsUpdate(base));
  for (let i = 0; i < edits; i++) doc.getMap("ratings").set(`k${clientId}-${i}`, i);
  return doc;
}

describe("holdsDroppedHistory", () => {
  const restored = docOf(1, 2);
  const dropped = docOf(1, 3, restored);
  const rewind = { dropped: Y.encodeStateVector(dropped), restored: Y.encodeStateVector(restored) };

  it("is true for a copy that holds history the replaced log had beyond the restored state", () => {
    expect(holdsDroppedHistory(Y.encodeStateVector(dropped), [rewind])).toBe(true);
  });

  it("is false for a copy at or behind the restored state, or one that only added its own edits", () => {
    expect(holdsDroppedHistory(Y.encodeStateVector(restored), [rewind])).toBe(false);
    expect(holdsDroppedHistory(Y.encodeStateVector(new Y.Doc()), [rewind])).toBe(false);
    expect(holdsDroppedHistory(Y.encodeStateVector(docOf(3, 5, restored)), [rewind])).toBe(false);
    expect(holdsDroppedHistory(Y.encodeStateVector(dropped), [])).toBe(false);
  });
});
