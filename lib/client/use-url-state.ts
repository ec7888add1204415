"use client";

import { useCallback, useEffect, useState } from "react";
import { patchSearch } from "@/lib/domain/threat-view-url";

type ToParams<T> = (value: T) => Record<string, string | null>;

/**
 * A piece of view state kept in the query string, so a copied link reproduces the view.
 *
 * React state is the source of truth while the page is open and the URL is written beside
 * it with `history.replaceState`: Next 16 folds that into its router (no navigation, no
 * scroll, `useSearchParams` stays in step) and the `#token=…` fragment is kept. Reading the
 * URL back on every keystroke instead would let a search box lag behind the typing. Only
 * this state's own parameters are touched; other panels' parameters stay as they are.
 *
 * `read` and `toParams` must be stable (module-level) functions.
 */
export function useUrlState<T>(read: (params: URLSearchParams) => T, toParams: ToParams<T>): [T, (value: T) => void] {
  const [value, setValue] = useState(() => read(new URLSearchParams(window.location.search)));

  // Back/forward to an entry another panel pushed brings that entry's view with it.
  useEffect(() => {
    const onPopState = () => setValue(read(new URLSearchParams(window.location.search)));
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [read]);

  const update = useCallback(
    (next: T) => {
      setValue(next);
      const { pathname, search, hash } = window.location;
      const nextSearch = patchSearch(search, toParams(next));
      if (nextSearch !== search) window.history.replaceState(null, "", `${pathname}${nextSearch}${hash}`);
    },
    [toParams],
  );

  return [value, update];
}
