import * as Y from "yjs";
import { openSqliteStore } from "../store/sqlite-store";
import type { CommandContext } from "./command";
import { loadWorkspaceDoc } from "./rollback";

/** `check`: one line per workspace that cannot load, as a room would load it; exit 1 if any. */
export async function checkCommand(context: CommandContext): Promise<number> {
  const { config, output } = context;
  const store = openSqliteStore(config.dataDir, { snapshotsKept: config.snapshotsKept });
  try {
    const ids = await store.listWorkspaceIds();
    let problems = 0;
    for (const id of ids) {
      const problem = problemOf(await store.loadUpdates(id));
      if (problem === undefined) continue;
      problems++;
      output.out(`${id}: ${problem}`);
    }
    output.err(
      problems === 0
        ? ids.length === 1
          ? "The one workspace loads."
          : `All ${ids.length} workspaces load.`
        : `${problems} of ${ids.length} workspaces cannot load: restore a snapshot with \`npm run mesa -- rollback <workspaceId>\`.`,
    );
    return problems === 0 ? 0 : 1;
  } finally {
    await store.close();
  }
}

/** Why a stored log cannot be loaded, or undefined if it loads. */
function problemOf(updates: Uint8Array[]): string | undefined {
  if (updates.length === 0) return "no document is stored";
  for (const [index, update] of updates.entries()) {
    try {
      Y.decodeUpdate(update);
    } catch (error) {
      return `stored update ${index + 1} of ${updates.length} does not decode (${messageOf(error)})`;
    }
  }
  let doc: Y.Doc;
  try {
    doc = loadWorkspaceDoc(updates);
  } catch (error) {
    return messageOf(error);
  }
  // Structs whose earlier history is missing stay pending: part of the document is invisible.
  const missing = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.destroy();
  return missing ? "part of the stored log depends on updates that are missing" : undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
