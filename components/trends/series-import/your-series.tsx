"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ImportSeriesForm } from "./import-series-form";
import { ImportedSeriesItem } from "./imported-series-item";
import { useImportedSeries } from "./use-imported-series";

/**
 * Series the team imported into this workspace from CSV, each on its own chart. Analysts and
 * facilitators import and remove them; viewers see the list read-only.
 */
export function YourSeries() {
  const { query, scope } = useImportedSeries();
  const [formOpen, setFormOpen] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const sectionRef = useRef<HTMLElement>(null);
  const refocus = useRef(false);

  // Closing the form removes the focused control: give focus back to the Import button once
  // it is rendered again (an import closes the form outside any event, so this waits for the commit).
  useEffect(() => {
    if (formOpen || !refocus.current) return;
    refocus.current = false;
    sectionRef.current?.querySelector<HTMLElement>("[data-import]")?.focus();
  }, [formOpen]);

  function closeForm(message = "") {
    refocus.current = true;
    setFormOpen(false);
    setAnnouncement(message);
  }

  return (
    <section
      ref={sectionRef}
      aria-labelledby="your-series-heading"
      className="border-t border-line p-4"
      data-testid="your-series"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id="your-series-heading" className="text-base font-semibold">
            Your series
          </h3>
          <p className="text-xs text-muted">
            Imported into this workspace from CSV; everyone here sees them.
            {!scope && " Analysts and facilitators can add and remove them."}
          </p>
        </div>
        {scope && !formOpen && (
          <Button data-import variant="primary" onClick={() => setFormOpen(true)}>
            Import series
          </Button>
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {scope && formOpen && (
        <div className="mt-3">
          <ImportSeriesForm
            scope={scope}
            onImported={(series) => closeForm(`Imported “${series.title}” with ${series.points.length} figures.`)}
            onCancel={() => closeForm()}
          />
        </div>
      )}
      <div className="mt-3">
        {query.isPending ? (
          <div role="status" aria-label="Loading your series" className="h-24 animate-pulse rounded-md bg-canvas" />
        ) : query.isError && !query.data ? (
          <div role="alert" className="rounded-md bg-danger-soft px-3 py-3 text-sm text-danger">
            <p>
              Your series could not be loaded: {query.error instanceof Error ? query.error.message : "unknown error"}
            </p>
            <Button className="mt-2" onClick={() => void query.refetch()}>
              Retry
            </Button>
          </div>
        ) : query.data.length === 0 ? (
          <p className="rounded-md border border-dashed border-line px-3 py-4 text-center text-sm text-muted">
            No series imported yet.{scope ? " Import a CSV to chart your own figures beside the built-in ones." : ""}
          </p>
        ) : (
          <ul aria-label="Imported series" className="grid gap-4 xl:grid-cols-2">
            {query.data.map((series) => (
              <ImportedSeriesItem key={series.id} series={series} scope={scope} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
