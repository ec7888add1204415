import type { ReactNode } from "react";
import { Panel } from "@/components/ui/panel";

/** The crime-trends region, the same whether its charts are loaded yet or not. */
export function TrendsPanel({ children }: { children: ReactNode }) {
  return (
    <Panel
      headingId="trends-heading"
      title="Crime trends"
      description={"Each line keeps its own source; lines from different sources are never merged."}
    >
      {children}
    </Panel>
  );
}

/** Two grey chart-sized blocks while the charts or their figures are on their way. */
export function ChartsPlaceholder({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="grid gap-4 p-4 md:grid-cols-2">
      {[0, 1].map((index) => (
        <div key={index} className="h-72 animate-pulse rounded-md bg-canvas" />
      ))}
    </div>
  );
}
