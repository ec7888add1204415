"use client";

import { useSyncExternalStore } from "react";
import type { LocalEntry } from "./local-store";

/** Reads a localStorage entry; the server (and the first hydration pass) sees `serverValue`. */
export function useLocalEntry<T>(entry: LocalEntry<T>, serverValue: T): T {
  return useSyncExternalStore(entry.subscribe, entry.read, () => serverValue);
}
