import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import {
  DOCUMENT_LIMITS,
  InvalidEditError,
  addOption,
  applyTextInput,
  createWorkspaceDoc,
  rationaleText,
  replyToThread,
  openThread,
} from "./index";
import { documentSizeProblem, editSizeProblem, updateSizeBound } from "./size-guard";

const ana = { id: "p-ana", name: "Ana" };

function freshDoc() {
  return createWorkspaceDoc({ title: "T", template: "rand-mexico-2009", createdAt: 0 });
}

/** Pads the document with content outside the schema until it is just under the limit. */
function fill(doc: Y.Doc, leaveBytes: number) {
  const size = Y.encodeStateAsUpdate(doc).length;
  doc.getMap("padding").set("x", "a".repeat(DOCUMENT_LIMITS.maxDocumentBytes - size - leaveBytes));
}

describe("updateSizeBound", () => {
  it("is never below what the change really costs", () => {
    for (const value of ["", "plain", "ünïcødé ✓", "🙂".repeat(1000), { name: "Ana", notes: ["a", "b"], n: 3 }]) {
      const doc = new Y.Doc();
      const before = Y.encodeStateVector(doc);
      doc.getMap("m").set("k", value);
      expect(updateSizeBound(value)).toBeGreaterThanOrEqual(Y.encodeStateAsUpdate(doc, before).length);
    }
  });
});

describe("editSizeProblem", () => {
  it("lets a large ASCII edit through after measuring it exactly", () => {
    expect(editSizeProblem("a".repeat(400_000))).toBeNull();
  });

  it("refuses an edit over the update limit with a message a person can act on", () => {
    expect(editSizeProblem("ü".repeat(600_000))?.message).toBe(
      "This change is too large to send (1.1 MB; one change may be at most 1 MB). Shorten it or split it into several changes.",
    );
  });
});

describe("the document limit", () => {
  it("refuses a new record in a full workspace before anything is sent", () => {
    const doc = freshDoc();
    const thread = openThread(
      doc,
      { target: { kind: "cell", areaId: "strategy", optionId: "status-quo" }, text: "first" },
      ana,
    );
    fill(doc, 10);
    const sent: Uint8Array[] = [];
    doc.on("update", (update: Uint8Array) => sent.push(update));
    expect(() => addOption(doc, { name: "One more" })).toThrow(InvalidEditError);
    expect(() => addOption(doc, { name: "One more" })).toThrow(/This workspace is full \(8 MB\)/);
    expect(() => replyToThread(doc, thread, "hi", ana)).toThrow(/workspace is full/);
    expect(sent).toHaveLength(0);
  });

  it("drops typing into a full workspace but still lets the person delete", () => {
    const doc = freshDoc();
    const text = rationaleText(doc, "strategy", "status-quo");
    applyTextInput(text, "keep", 4, 2000);
    fill(doc, 10);
    expect(applyTextInput(text, "keep this", 9, 2000)).toEqual({ clipped: true });
    expect(text.toString()).toBe("keep");
    applyTextInput(text, "ke", 2, 2000);
    expect(text.toString()).toBe("ke");
  });

  it("measures again before refusing: deleted content no longer counts", () => {
    const doc = freshDoc();
    expect(documentSizeProblem(doc, 0)).toBeNull();
    doc.getMap("padding").set("x", "a".repeat(DOCUMENT_LIMITS.maxDocumentBytes));
    doc.getMap("padding").delete("x");
    expect(documentSizeProblem(doc, 1000)).toBeNull();
  });
});
