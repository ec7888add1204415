"use client";

import { useCallback, useState, useSyncExternalStore } from "react";
import type { Thread } from "@/lib/collab";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { chartAnnotations, type Annotation } from "./annotation-model";

/**
 * Remembers the last list per chart and hands it back while its content is unchanged. Every
 * document change (each keystroke in a rationale) yields new thread objects, and redrawing
 * seven charts for a change they do not show costs most of a frame budget per key.
 */
function annotationSelector() {
  let last: { threads: readonly Thread[]; chartId: string; json: string; value: Annotation[] } | undefined;
  return (threads: readonly Thread[], chartId: string): Annotation[] => {
    if (last && last.threads === threads && last.chartId === chartId) return last.value;
    const value = chartAnnotations(threads, chartId);
    const json = JSON.stringify(value);
    if (last && last.chartId === chartId && last.json === json) {
      last = { ...last, threads };
      return last.value;
    }
    last = { threads, chartId, json, value };
    return value;
  };
}

/** One chart's annotations from the live document, in time order; re-renders only when they change. */
export function useChartAnnotations(chartId: string): Annotation[] {
  const { session } = useWorkspace();
  const store = session.workspace;
  const [select] = useState(annotationSelector);
  const getSnapshot = useCallback(() => select(store.getSnapshot().threads, chartId), [select, store, chartId]);
  return useSyncExternalStore(store.subscribe, getSnapshot, getSnapshot);
}
