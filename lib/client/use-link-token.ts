"use client";

import { useSyncExternalStore } from "react";

/**
 * The link token from `#token=…`. The fragment never reaches the server, so the token stays
 * out of request logs; it is sent only as a Bearer header and in the socket's params.
 * `undefined` while rendering on the server, `null` when the link carries none.
 */
export function useLinkToken(): string | null | undefined {
  return useSyncExternalStore(subscribe, readToken, () => undefined);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}

function readToken(): string | null {
  const token = new URLSearchParams(window.location.hash.replace(/^#/, "")).get("token");
  return token && token.trim() !== "" ? token.trim() : null;
}
