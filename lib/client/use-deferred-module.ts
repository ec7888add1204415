"use client";

import { useEffect, useState } from "react";

export type DeferredModule<T> =
  { status: "loading" } | { status: "ready"; module: T } | { status: "failed"; reason: string; retry: () => void };

/**
 * A part of the page whose script is fetched only once the component asking for it has
 * rendered and the browser has painted, so the rest of the page does not wait for it.
 * `load` must be the same function on every render (declare it at module level). A failed
 * download can be retried.
 */
export function useDeferredModule<T>(load: () => Promise<T>): DeferredModule<T> {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<DeferredModule<T>>({ status: "loading" });

  useEffect(() => {
    let current = true;
    const start = () =>
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
    // Only after the next paint: what has rendered already shows before this part's script
    // competes with it for the network and the main thread.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => void start(), 0);
    });
    return () => {
      current = false;
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [load, attempt]);

  return state;
}
