"use client";

import { absoluteTime, relativeTime } from "./relative-time";
import { useNow } from "./use-now";

/** "5 minutes ago", with the exact moment in the tooltip and the machine-readable attribute. */
export function TimeAgo({ at, prefix = "" }: { at: number; prefix?: string }) {
  const now = useNow();
  return (
    <time dateTime={new Date(at).toISOString()} title={absoluteTime(at)}>
      {prefix}
      {relativeTime(at, now)}
    </time>
  );
}
