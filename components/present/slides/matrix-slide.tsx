"use client";

import type { WorkspaceSnapshot } from "@/lib/collab";
import { usePeers } from "@/lib/client/use-peers";
import { MatrixGrid } from "@/components/matrix/matrix-grid";
import { useMatrixSelection } from "@/components/matrix/use-matrix-selection";
import { useWorkspace } from "@/components/workspace/workspace-context";

/**
 * The option matrix as the team sees it, read-only: the same grid, so whatever its cells show
 * (ratings, rationales, comment counts, who is where) shows on the room's screen too.
 */
export function MatrixSlide({ snapshot }: { snapshot: WorkspaceSnapshot }) {
  const { session } = useWorkspace();
  const peers = usePeers(session);
  const selection = useMatrixSelection(session, snapshot, peers);
  if (snapshot.options.length === 0) return <p className="text-muted">This workspace has no options yet.</p>;
  return (
    <>
      <p id="matrix-keys" className="sr-only">
        Impact of each option on each priority area, High, Medium or Low; the last rows are each option&rsquo;s demand
        on U.S. resources and the likely Mexican response.
      </p>
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <MatrixGrid
          snapshot={snapshot}
          selection={selection}
          describedBy="matrix-keys"
          onEdit={() => undefined}
          onMove={() => undefined}
        />
      </div>
    </>
  );
}
