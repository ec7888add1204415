"use client";

import { useSyncExternalStore } from "react";

/**
 * Slides are laid out for a screen this many CSS pixels wide and scaled to the real one, so
 * the dashboard's own components (sized for a desk) read from the back of a room: at
 * 1920×1080 the body text grows from 14 to 23 px. Never smaller than 1 (a phone keeps its
 * layout) nor larger than MAX_ZOOM.
 */
export const SLIDE_WIDTH = 1150;
const MAX_ZOOM = 2.2;

function subscribe(onChange: () => void): () => void {
  window.addEventListener("resize", onChange);
  return () => window.removeEventListener("resize", onChange);
}

export function slideZoom(viewportWidth: number): number {
  return Math.round(Math.min(MAX_ZOOM, Math.max(1, viewportWidth / SLIDE_WIDTH)) * 100) / 100;
}

export function useSlideZoom(): number {
  return useSyncExternalStore(
    subscribe,
    () => slideZoom(window.innerWidth),
    () => 1,
  );
}
