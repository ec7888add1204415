"use client";

import { useCallback, useEffect, useRef } from "react";

/** Typing in a shared text stamps "last edited by" at most this often, and once more on leaving. */
export const STAMP_INTERVAL_MS = 3000;

/**
 * Throttles a "who edited this last" stamp for a text typed live: one stamp per few seconds
 * of typing rather than one document update per key, plus a final one on blur or unmount.
 */
export function useEditStamp(stamp: (() => void) | null): { onEdited: () => void; flush: () => void } {
  const lastStamp = useRef(0);
  const pending = useRef(false);
  const latest = useRef(stamp);
  useEffect(() => {
    latest.current = stamp;
  }, [stamp]);

  const flush = useCallback(() => {
    if (!pending.current || !latest.current) return;
    pending.current = false;
    lastStamp.current = Date.now();
    latest.current();
  }, []);

  const onEdited = useCallback(() => {
    pending.current = true;
    if (Date.now() - lastStamp.current >= STAMP_INTERVAL_MS) flush();
  }, [flush]);

  useEffect(() => flush, [flush]);
  return { onEdited, flush };
}
