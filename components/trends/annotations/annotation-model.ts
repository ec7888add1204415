// Relative imports: Vitest resolves no "@/" alias, and these pure helpers are unit-tested.
import { commentTextSchema, targetKey, threadTitleSchema, type Thread, type ThreadTarget } from "../../../lib/collab";
import { periodText } from "../../../lib/domain/period-label";
import type { ChartMarker } from "../../ui/chart-markers";
import { shorten } from "../../threads/target-label";

/**
 * Chart annotations are comment threads whose target is a moment or span of one chart. These
 * helpers turn the workspace's threads into what a chart shows: its list and its markers.
 */
export type ChartTarget = Extract<ThreadTarget, { kind: "chart" }>;

export interface Annotation {
  thread: Thread;
  target: ChartTarget;
}

/** Marker labels sit in one row above the plot: longer titles are cut at a word. */
const MARKER_LABEL_LENGTH = 36;

/** Every annotation of a chart shares the chart's thread key, whatever its period. */
export function chartThreadKey(chartId: string): string {
  return targetKey({ kind: "chart", chartId, from: "", fromT: 0 });
}

export function annotationPeriod(target: ChartTarget): string {
  return periodText(target.from, target.to);
}

/** The annotations of one chart in time order (a span by its start), then oldest first. */
export function chartAnnotations(threads: readonly Thread[], chartId: string): Annotation[] {
  return threads
    .flatMap((thread) =>
      thread.target.kind === "chart" && thread.target.chartId === chartId ? [{ thread, target: thread.target }] : [],
    )
    .sort(
      (a, b) =>
        a.target.fromT - b.target.fromT ||
        (a.target.toT ?? a.target.fromT) - (b.target.toT ?? b.target.fromT) ||
        a.thread.created.at - b.thread.created.at,
    );
}

/** A dashed line per moment, a band per span, labelled with the title; resolved ones say so. */
export function annotationMarkers(annotations: readonly Annotation[]): ChartMarker[] {
  return annotations.map(({ thread, target }) => ({
    id: `annotation-${thread.id}`,
    label: `${thread.resolved ? "✓ " : ""}${shorten(thread.title || annotationPeriod(target), MARKER_LABEL_LENGTH)}`,
    at: target.fromT,
    to: target.toT,
    tone: "annotation",
  }));
}

export function pointTarget(chartId: string, point: { t: number; x: string }): ChartTarget {
  return { kind: "chart", chartId, from: point.x, fromT: point.t };
}

/** A span between two rows of the chart; `labelAt` names a row, as the chart's axis does. */
export function spanTarget(
  chartId: string,
  span: { from: number; to: number },
  labelAt: (t: number) => string | null,
): ChartTarget | null {
  const from = labelAt(span.from);
  const to = labelAt(span.to);
  if (from === null || to === null) return null;
  if (span.from === span.to) return pointTarget(chartId, { t: span.from, x: from });
  return { kind: "chart", chartId, from, fromT: span.from, to, toT: span.to };
}

/**
 * Whether this person may remove an annotation, and how. Removing deletes their comments;
 * the thread goes with the last one. Replies by others would go too, so then it stays (the
 * author can resolve it instead).
 */
export type Removal =
  { kind: "remove"; commentIds: string[] } | { kind: "others-replied"; names: string[] } | { kind: "not-own" };

export function removalOf(thread: Thread, authorId: string | null): Removal {
  if (authorId === null || thread.created.by !== authorId) return { kind: "not-own" };
  const others = thread.comments.filter((comment) => comment.by !== authorId);
  if (others.length > 0) return { kind: "others-replied", names: [...new Set(others.map((other) => other.byName))] };
  // Last first: the thread is dropped with its first comment, after the rest are gone.
  return { kind: "remove", commentIds: thread.comments.map((comment) => comment.id).reverse() };
}

export interface AnnotationInput {
  title: string;
  text: string;
}

export type AnnotationErrors = Partial<Record<keyof AnnotationInput, string>>;

/** Messages for the fields at fault; empty when the annotation can be saved. */
export function annotationErrors({ title, text }: AnnotationInput): AnnotationErrors {
  const errors: AnnotationErrors = {};
  const titled = threadTitleSchema.safeParse(title);
  if (!titled.success) errors.title = titled.error.issues[0]?.message;
  else if (titled.data === "") errors.title = "Give the annotation a title, e.g. “Calderón deploys the army”.";
  if (text.trim() === "") errors.text = "Write what the annotation says.";
  else {
    const body = commentTextSchema.safeParse(text);
    if (!body.success) errors.text = body.error.issues[0]?.message;
  }
  return errors;
}

/** "No replies", "1 reply", "3 replies". */
export function replyCount(thread: Thread): string {
  const replies = thread.comments.length - 1;
  return replies <= 0 ? "No replies" : replies === 1 ? "1 reply" : `${replies} replies`;
}
