import type { PublishedSession } from "@/lib/contract/sessions";

export interface ProgressRow {
  key: string;
  label: string;
}

/** "k of n answered" per target of the open round, from the counts the server publishes. */
export function RoundProgress({ published, rows }: { published: PublishedSession; rows: readonly ProgressRow[] }) {
  const n = published.eligible;
  return (
    <ul
      aria-label="Answers per target"
      className="grid grid-cols-1 gap-x-6 gap-y-1 text-sm sm:grid-cols-2 xl:grid-cols-3"
    >
      {rows.map((row) => {
        const k = published.answered[row.key] ?? 0;
        return (
          <li key={row.key} data-testid="target-progress" data-target={row.key} className="flex items-center gap-2">
            <span className="min-w-0 flex-1 truncate" title={row.label}>
              {row.label}
            </span>
            <span className="h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-canvas" aria-hidden="true">
              <span className="block h-full bg-accent" style={{ width: `${n > 0 ? (k / n) * 100 : 0}%` }} />
            </span>
            <span className="w-16 shrink-0 text-right text-xs text-muted tabular-nums">
              {k} of {n}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
