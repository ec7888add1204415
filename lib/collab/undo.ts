import * as Y from "yjs";
import { roots } from "./roots";
import { LOCAL_EDIT } from "./write";

/**
 * Undo and redo of this person's own edits only: the manager tracks transactions with the
 * LOCAL_EDIT origin, so a peer's changes are never undone from here. Edits within
 * `captureTimeout` ms of each other (typing, say) undo as one step.
 */
export function createUndoManager(doc: Y.Doc, captureTimeout = 600): Y.UndoManager {
  const root = roots(doc);
  return new Y.UndoManager(
    [
      root.options,
      root.areas,
      root.ratings,
      root.rationales,
      root.rationaleEdits,
      root.resourceDemand,
      root.weights,
      root.threats,
      root.threads,
    ],
    { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout },
  );
}
