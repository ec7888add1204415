"use client";

import { useState } from "react";
import { flushSync } from "react-dom";
import type { Thread } from "@/lib/collab";
import { useWorkspaceSnapshot } from "@/lib/client/use-workspace-snapshot";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { OpenThreadsDrawer } from "./open-threads-drawer";
import { SpeechBubbleIcon } from "./speech-bubble-icon";
import { goToThreadTarget } from "./thread-events";

/** The header's "Comments (N open)" button and the workspace-wide thread panel it opens. */
export function OpenThreadsButton() {
  const { session } = useWorkspace();
  const { threads } = useWorkspaceSnapshot(session);
  // The button itself while the drawer is open: focus goes back to it, or to the target on "Go to".
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const count = threads.filter((thread) => !thread.resolved).length;

  function goTo(thread: Thread) {
    // Close first (synchronously): while the drawer is modal the rest of the page is inert.
    flushSync(() => setOpener(null));
    void goToThreadTarget(thread.target, thread.id, opener);
  }

  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        data-testid="open-threads-button"
        onClick={(event) => setOpener(event.currentTarget)}
        className="inline-flex min-h-7 items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 text-xs font-medium hover:bg-canvas"
      >
        <SpeechBubbleIcon />
        Comments ({count} open)
      </button>
      {opener && <OpenThreadsDrawer returnFocus={opener} onClose={() => setOpener(null)} onGoTo={goTo} />}
    </>
  );
}
