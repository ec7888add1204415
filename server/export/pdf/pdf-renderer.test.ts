import { afterAll, describe, expect, it } from "vitest";
import { createWorkspaceDoc, readWorkspace } from "../../../lib/collab";
import type { BriefInput } from "./brief-input";
import { PDF_QUEUE_LIMIT, PdfBusyError, PdfRenderer } from "./pdf-renderer";

const quiet = () => undefined;

function randInput(): BriefInput {
  const doc = createWorkspaceDoc({ title: "RAND", template: "rand-mexico-2009", createdAt: 0 });
  return { workspaceId: "rand", snapshot: readWorkspace(doc, quiet), imported: [], exportedAt: 0 };
}

/** Counts turns of the main thread's event loop until `work` settles. */
async function turnsDuring<T>(work: Promise<T>): Promise<{ result: T; turns: number }> {
  let turns = 0;
  let done = false;
  const spin = () => {
    if (done) return;
    turns += 1;
    setImmediate(spin);
  };
  setImmediate(spin);
  const result = await work.finally(() => {
    done = true;
  });
  return { result, turns };
}

describe("PdfRenderer", { timeout: 30_000 }, () => {
  const renderer = new PdfRenderer();
  afterAll(() => renderer.close());

  it("makes the brief on a worker thread while the main thread keeps turning", async () => {
    // The first brief also starts the worker; the second is the steady state.
    await renderer.render(randInput());
    const { result, turns } = await turnsDuring(renderer.render(randInput()));
    expect(new TextDecoder().decode(result.slice(0, 5))).toBe("%PDF-");
    // Laid out on this thread, the whole layout would be one turn: nothing else would run.
    expect(turns).toBeGreaterThan(20);
  });

  it("refuses a brief past the queue limit instead of queueing without end, and serves the rest", async () => {
    const jobs = Array.from({ length: PDF_QUEUE_LIMIT }, () => renderer.render(randInput()));
    await expect(renderer.render(randInput())).rejects.toBeInstanceOf(PdfBusyError);
    for (const pdf of await Promise.all(jobs)) expect(pdf.byteLength).toBeGreaterThan(1000);
    expect(renderer.busy).toBe(0);
  });
});
