"use client";

import { useRef, useState } from "react";
import type { ImportedSeries } from "@/lib/domain/imported-series";
import { useRemoveSeries, type SeriesChangeScope } from "@/lib/client/use-series-changes";
import { Button } from "@/components/ui/button";
import { AnnotatedTrendChart } from "../annotations/annotated-trend-chart";
import { chartFor, formatAddedAt } from "./series-chart";

interface ImportedSeriesItemProps {
  series: ImportedSeries;
  /** Null for viewers: they see the series but cannot remove it. */
  scope: SeriesChangeScope | null;
}

/** One imported series: who added it and when, its chart, and Remove after a confirmation. */
export function ImportedSeriesItem({ series, scope }: ImportedSeriesItemProps) {
  const [confirming, setConfirming] = useState(false);
  const itemRef = useRef<HTMLLIElement>(null);
  const own = scope?.author?.id === series.addedBy.participantId;

  function keep() {
    setConfirming(false);
    // Back to Remove once it is rendered again.
    requestAnimationFrame(() => itemRef.current?.querySelector<HTMLElement>("[data-remove]")?.focus());
  }

  return (
    <li ref={itemRef} className="min-w-0 space-y-1" data-series={series.id}>
      <div className="flex min-h-8 flex-wrap items-center justify-between gap-2 text-xs text-muted">
        <p>
          Added by{" "}
          <span className="font-medium text-ink">{own ? `you (${series.addedBy.name})` : series.addedBy.name}</span> on{" "}
          <time dateTime={new Date(series.addedAt).toISOString()}>{formatAddedAt(series.addedAt)}</time>
        </p>
        {scope && !confirming && (
          <Button data-remove variant="ghost" onClick={() => setConfirming(true)} aria-label={`Remove ${series.title}`}>
            Remove
          </Button>
        )}
      </div>
      {scope && confirming && <RemoveConfirmation series={series} scope={scope} onKeep={keep} />}
      <AnnotatedTrendChart chart={chartFor(series)} series={[series]} />
    </li>
  );
}

function RemoveConfirmation({
  series,
  scope,
  onKeep,
}: {
  series: ImportedSeries;
  scope: SeriesChangeScope;
  onKeep: () => void;
}) {
  const remove = useRemoveSeries(scope);
  return (
    <div
      role="group"
      aria-label={`Confirm removing ${series.title}`}
      className="rounded-md bg-danger-soft px-3 py-2 text-sm"
      onKeyDown={(event) => {
        if (event.key === "Escape") onKeep();
      }}
    >
      <p className="text-danger">Remove “{series.title}” for everyone in this workspace? This cannot be undone.</p>
      {remove.isError && (
        <p role="alert" className="mt-1 text-danger">
          It was not removed: {remove.error.message}
        </p>
      )}
      <div className="mt-2 flex flex-wrap gap-2">
        <Button
          className="bg-danger text-white hover:bg-danger/90"
          disabled={remove.isPending}
          onClick={() => remove.mutate(series.id)}
        >
          {remove.isPending ? "Removing…" : "Remove series"}
        </Button>
        <Button autoFocus onClick={onKeep}>
          Keep it
        </Button>
      </div>
    </div>
  );
}
