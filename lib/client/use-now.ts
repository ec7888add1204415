"use client";

import { useSyncExternalStore } from "react";

let now = 0;
let timer: ReturnType<typeof setInterval> | undefined;
const listeners = new Set<() => void>();

/** Whole seconds, so reading it twice in one render gives the same value. */
function wholeSecond(): number {
  return Math.floor(Date.now() / 1000) * 1000;
}

function tick() {
  now = wholeSecond();
  for (const listener of listeners) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  if (!timer) {
    now = wholeSecond();
    timer = setInterval(tick, 1000);
  }
  return () => {
    listeners.delete(onChange);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

/** The time to the second, updated every second while a component that shows a countdown is mounted. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => (timer ? now : wholeSecond()),
    () => 0,
  );
}
