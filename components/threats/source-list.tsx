import { Citation } from "@/components/ui/citation";

/** A threat's sources as citations: titles, with the address as a separate link. */
export function SourceList({ threatName, sources }: { threatName: string; sources: string[] }) {
  if (sources.length === 0) return <span className="text-muted">None</span>;
  return (
    <details className="group max-w-64">
      <summary className="cursor-pointer whitespace-nowrap text-accent select-none">
        {sources.length} source{sources.length === 1 ? "" : "s"}
        <span className="sr-only"> for {threatName}</span>
      </summary>
      <ul className="mt-1 space-y-1 break-words">
        {sources.map((source) => (
          <li key={source}>
            <Citation source={source} />
          </li>
        ))}
      </ul>
    </details>
  );
}
