"use client";

import { useCallback, useState, type ComponentType } from "react";

export type LazyDialog<P> =
  | { status: "closed" }
  | { status: "loading"; opener: HTMLElement }
  | { status: "open"; opener: HTMLElement; Dialog: ComponentType<P> }
  | { status: "failed"; opener: HTMLElement; reason: string };

/**
 * A dialog whose script is fetched when someone first opens it (and, as a head start, when the
 * pointer or focus reaches its button), so the page's first download does not carry it.
 */
export function useLazyDialog<P>(load: () => Promise<ComponentType<P>>) {
  const [state, setState] = useState<LazyDialog<P>>({ status: "closed" });
  const open = useCallback(
    (opener: HTMLElement) => {
      setState({ status: "loading", opener });
      load().then(
        (Dialog) => setState((current) => (current.status === "closed" ? current : { status: "open", opener, Dialog })),
        (error: unknown) =>
          setState((current) =>
            current.status === "closed"
              ? current
              : { status: "failed", opener, reason: error instanceof Error ? error.message : String(error) },
          ),
      );
    },
    [load],
  );
  const close = useCallback(() => setState({ status: "closed" }), []);
  const prefetch = useCallback(() => void load().catch(() => undefined), [load]);
  return { state, open, close, prefetch };
}
