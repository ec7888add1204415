"use client";

import { useEffect, useState } from "react";
import { OPEN_THREAD_EVENT, type OpenThreadDetail } from "./thread-events";
import { ThreadDialog } from "./thread-dialog";

/**
 * The one thread dialog of the dashboard. Badges and "Go to" ask for it with the
 * `mesa:open-thread` event, so the register's table and card layouts (both in the markup)
 * never open two dialogs for one target. Mount once inside the WorkspaceProvider.
 */
export function ThreadDialogHost() {
  const [request, setRequest] = useState<(OpenThreadDetail & { serial: number }) | null>(null);

  useEffect(() => {
    let serial = 0;
    const onOpen = (event: Event) => {
      serial += 1;
      setRequest({ ...(event as CustomEvent<OpenThreadDetail>).detail, serial });
    };
    window.addEventListener(OPEN_THREAD_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_THREAD_EVENT, onOpen);
  }, []);

  if (!request) return null;
  return (
    <ThreadDialog
      // A new request remounts the dialog, so it starts from the new target and opener.
      key={request.serial}
      target={request.target}
      threadId={request.threadId}
      returnFocus={request.opener ?? null}
      onClose={() => setRequest(null)}
    />
  );
}
