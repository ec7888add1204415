import * as Y from "yjs";
import { checkTransaction, type ChangeAuthor, type ChangeProblem } from "./check-change";
import { roots } from "./roots";

/** Transaction origin of the server's own reverts. */
export const SERVER_REVERT = Symbol("mesa.server-revert");

export interface GateResult {
  /** Why the update was refused; undefined when it was accepted as sent. */
  problem?: ChangeProblem;
  /**
   * For a refused update: what the document gained net (the update's structs, its refused
   * content deleted, and the restored values), to be stored and sent to everyone, the
   * sender included, so every copy converges.
   */
  net?: Uint8Array;
}

/**
 * Applies clients' updates to a document and takes back any that leave something invalid.
 * Yjs cannot un-apply an update, and dropping one would leave the sender's later updates
 * waiting forever for the structs they build on; so the update is applied, checked, and
 * where it is invalid an UndoManager reverts exactly that transaction: what it inserted is
 * deleted (and garbage-collected) and what it deleted or replaced is written back.
 */
export class UpdateGate {
  private readonly undo: Y.UndoManager;
  private applying: { origin: object; author: ChangeAuthor } | undefined;
  private found: ChangeProblem | undefined;

  /**
   * `checks: false` applies updates unchecked (still bounded by `refuse`): only for measuring
   * what validation costs (bench scenario 1); never in a server people use.
   */
  constructor(
    private readonly doc: Y.Doc,
    private readonly checks = true,
  ) {
    // Every root gets its proper type before any client update can create it as a bare one.
    roots(doc);
    this.undo = new Y.UndoManager(doc, {
      captureTimeout: 0,
      trackedOrigins: new Set(),
      // Only a refused transaction is captured: capturing keeps deleted content from being
      // collected, and the revert itself must not be captured for the same reason.
      captureTransaction: (tr) => {
        const applying = this.applying;
        if (applying === undefined || tr.origin !== applying.origin) return false;
        if (this.checks) this.found ??= checkTransaction(tr, applying.author);
        return this.found !== undefined;
      },
    });
  }

  /**
   * Applies one update from `origin` (the sending socket); throws if Yjs cannot decode it.
   * `refuse` takes the update back whatever it holds (e.g. it would pass a size limit).
   */
  apply(update: Uint8Array, origin: object, author: ChangeAuthor, refuse?: ChangeProblem): GateResult {
    const before = Y.encodeStateVector(this.doc);
    this.applying = { origin, author };
    this.found = refuse;
    this.undo.trackedOrigins.add(origin);
    try {
      Y.applyUpdate(this.doc, update, origin);
    } catch (error) {
      // Yjs may have integrated part of a malformed update before throwing: what of that part
      // is invalid was captured and is taken back; the caller refuses the sender.
      this.revert();
      throw error;
    } finally {
      this.undo.trackedOrigins.delete(origin);
      this.applying = undefined;
    }
    const problem = this.found;
    this.found = undefined;
    if (problem === undefined) return {};
    this.revert();
    return { problem, net: Y.encodeStateAsUpdate(this.doc, before) };
  }

  destroy(): void {
    this.undo.destroy();
  }

  private revert(): void {
    this.doc.transact(() => {
      while (this.undo.undoStack.length > 0) this.undo.undo();
    }, SERVER_REVERT);
    this.undo.clear();
  }
}
