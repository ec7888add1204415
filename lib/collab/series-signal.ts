import type * as Y from "yjs";
import * as z from "../zod";
import { roots } from "./roots";
import { authorshipSchema } from "./schema";
import { stamp, type Author } from "./write";

/**
 * Imported series live on the server, not in the document (thousands of points each). The
 * document carries only a signal that they changed, so everyone in the workspace refetches
 * the list at once: `meta.seriesRevision` (a counter) and `meta.seriesChanged` (who, when).
 */
const REVISION_KEY = "seriesRevision";
const CHANGED_KEY = "seriesChanged";

const revisionSchema = z.int().check(z.gte(0));

/** Tells every page that the workspace's imported series changed; the server calls it after an import or removal. */
export function signalSeriesChanged(doc: Y.Doc, author: Author, now = Date.now()): void {
  const meta = roots(doc).meta;
  const changed = stamp(author, now);
  doc.transact(() => {
    const current = revisionSchema.safeParse(meta.get(REVISION_KEY));
    meta.set(REVISION_KEY, current.success ? current.data + 1 : 1);
    meta.set(CHANGED_KEY, changed);
  });
}

/**
 * A token that changes whenever anyone signals. Two people signalling at once may both write
 * the same counter value; their stamps differ, so the token still changes for everyone.
 */
export function readSeriesRevision(doc: Y.Doc): string {
  const meta = roots(doc).meta;
  const revision = revisionSchema.safeParse(meta.get(REVISION_KEY));
  const changed = authorshipSchema.safeParse(meta.get(CHANGED_KEY));
  const by = changed.success ? `:${changed.data.by}@${changed.data.at}` : "";
  return `${revision.success ? revision.data : 0}${by}`;
}
