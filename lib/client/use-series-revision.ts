"use client";

import { useCallback, useSyncExternalStore } from "react";
import { readSeriesRevision } from "@/lib/collab/series-signal";
import type { CollabSession } from "./collab-session";

/** The workspace's series signal; a new value means someone imported or removed a series. */
export function useSeriesRevision(session: CollabSession): string {
  const { doc } = session;
  const subscribe = useCallback(
    (onChange: () => void) => {
      doc.on("update", onChange);
      return () => doc.off("update", onChange);
    },
    [doc],
  );
  const read = useCallback(() => readSeriesRevision(doc), [doc]);
  return useSyncExternalStore(subscribe, read, read);
}
