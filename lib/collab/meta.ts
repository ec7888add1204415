import type * as Y from "yjs";
import { roots } from "./roots";
import { metaSchema } from "./schema";
import { validated } from "./write";

/**
 * Renames the workspace in its document. `meta` is server-owned: the server calls this after
 * a facilitator renamed the workspace through the API, which also updates the stored record.
 */
export function setWorkspaceTitle(doc: Y.Doc, title: string): void {
  const value = validated(metaSchema.shape.title, title, "title");
  doc.transact(() => roots(doc).meta.set("title", value));
}
