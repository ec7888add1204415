"use client";

import { useId, useRef, useState } from "react";
import { TARGET_ATTRIBUTE } from "@/components/threads/thread-events";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { AnnotationForm } from "./annotation-form";
import { AnnotationItem } from "./annotation-item";
import { chartThreadKey, type Annotation, type ChartTarget } from "./annotation-model";

interface ChartAnnotationsProps {
  chartId: string;
  annotations: readonly Annotation[];
  /** The moment or span selected on the chart to annotate; null when none is. */
  draft: ChartTarget | null;
  onDraftClosed: () => void;
}

/**
 * Under a chart: the form for a new annotation while a period is selected, and the chart's
 * annotations. The section is the chart's thread target, so "Go to" in the Comments panel
 * lands here.
 */
export function ChartAnnotations({ chartId, annotations, draft, onDraftClosed }: ChartAnnotationsProps) {
  const { author, presenting } = useWorkspace();
  const [announcement, setAnnouncement] = useState("");
  const sectionRef = useRef<HTMLElement>(null);
  const headingId = useId();
  const target = { [TARGET_ATTRIBUTE]: chartThreadKey(chartId) };

  // Back to the plot the period was picked on, once the form is gone.
  function closeDraft(saved: string | null) {
    onDraftClosed();
    setAnnouncement(saved ?? "");
    const plot = sectionRef.current?.closest("figure")?.querySelector<HTMLElement>("[data-chart-plot]");
    requestAnimationFrame(() => plot?.focus({ preventScroll: saved === null }));
  }

  function removed(message: string) {
    setAnnouncement(message);
    requestAnimationFrame(() => sectionRef.current?.focus());
  }

  return (
    <section
      ref={sectionRef}
      {...target}
      tabIndex={-1}
      aria-labelledby={headingId}
      className="mt-2 space-y-2 rounded-sm"
      data-testid="chart-annotations"
    >
      {draft && author && <AnnotationForm target={draft} onClose={closeDraft} />}
      <div className="flex flex-wrap items-baseline gap-x-2">
        <h4 id={headingId} className="text-xs font-semibold">
          Annotations ({annotations.length})
        </h4>
        {/* The how-to shows until a chart has annotations; the plot's name always says it. A room
            watching a presentation needs neither the how-to nor a word about roles. */}
        {!presenting && (!author || annotations.length === 0) && (
          <p className="text-[11px] text-muted">
            {author
              ? "Click a point or drag across a span on the chart to annotate it. Keyboard: focus the chart, arrow keys (Shift for a span), Enter."
              : "Viewers can read annotations but not add them."}
          </p>
        )}
      </div>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      {annotations.length > 0 && (
        <ul aria-labelledby={headingId} className="space-y-2">
          {annotations.map((annotation) => (
            <AnnotationItem key={annotation.thread.id} annotation={annotation} onRemoved={removed} />
          ))}
        </ul>
      )}
    </section>
  );
}
