"use client";

import { useSyncExternalStore } from "react";

/**
 * Asks the browser for full screen again (the header's Present button asks first, inline).
 * It must run inside the click that asked. Resolves whether the page is full screen now; a
 * browser that cannot (an iPhone, an iframe without permission) leaves present mode filling
 * the window instead.
 */
export function enterFullscreen(): Promise<boolean> {
  const root = document.documentElement;
  if (!document.fullscreenEnabled || typeof root.requestFullscreen !== "function") return Promise.resolve(false);
  if (document.fullscreenElement) return Promise.resolve(true);
  return root.requestFullscreen({ navigationUI: "hide" }).then(
    () => true,
    () => false,
  );
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}

function subscribe(onChange: () => void): () => void {
  document.addEventListener("fullscreenchange", onChange);
  return () => document.removeEventListener("fullscreenchange", onChange);
}

/** Whether the page is full screen now; false where the browser has no Fullscreen API. */
export function useFullscreen(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => Boolean(document.fullscreenElement),
    () => false,
  );
}
