"use client";

import { useEffect, useState } from "react";

export type DeferredModule<T> =
  { status: "loading" } | { status: "ready"; module: T } | { status: "failed"; reason: string; retry: () => void };

/**
 * A part of the page whose script is fetched only once the component asking for it has
 * rendered, so the rest of the page does not wait for it. `load` must be the same function on
 * every render (declare it at module level). A failed download can be retried.
 */
export function useDeferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DeferredModule<T>>({ status: "loading" });

  useEffect(() => {
    let current = true;
    load().then(
      (module) => {
        if (current) setState({ status: "ready", module });
      },
      (error: unknown) => {
        if (!current) return;
        setState({
          status: "failed",
          reason: error instanceof Error ? error.message : String(error),
          retry: () => {
            setState({ status: "loading" });
            setAttempt((count) => count + 1);
          },
        });
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  return state;
}
