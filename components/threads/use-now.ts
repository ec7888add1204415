"use client";

import { useSyncExternalStore } from "react";

// One clock for every "5 minutes ago" on the page, ticking while anything shows one.
const TICK_MS = 30_000;
let now = Date.now();
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const listener of listeners) listener();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function getNow(): number {
  return now;
}

/** The current time, updated every 30 seconds: enough for relative times in minutes. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, getNow, getNow);
}
