"use client";

import { useNow } from "@/lib/client/use-now";

function clock(ms: number): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return minutes >= 60
    ? `${Math.floor(minutes / 60)} h ${minutes % 60} min`
    : `${minutes}:${String(seconds).padStart(2, "0")}`;
}

/** The open round's countdown; the server closes the round at the deadline whoever is here. */
export function TimeLeft({ deadline }: { deadline: number | null }) {
  const now = useNow();
  if (deadline === null) return <span className="text-muted">No timer</span>;
  const left = deadline - now;
  return (
    <span data-testid="time-left" className={`font-semibold tabular-nums ${left < 60_000 ? "text-danger" : ""}`}>
      {left > 0 ? `${clock(left)} left` : "Time is up: closing"}
    </span>
  );
}
