"use client";

import { createContext, useContext, useMemo, useState, type ReactNode } from "react";
import type { ViewSettings } from "@/lib/domain/chart-view";
import type { YearRange } from "@/lib/domain/series-transforms";

export interface TrendView extends ViewSettings {
  showEvents: boolean;
}

export interface TrendViewState {
  view: TrendView;
  /** The years the page's charts cover: the range control's limits. */
  bounds: YearRange;
  /** Absent outside a provider: a chart on its own has no shared range to move. */
  setRange?: (range: YearRange | null) => void;
  update?: (patch: Partial<Omit<TrendView, "range">>) => void;
}

/** 2006: the last full year before Calderón's offensive, the brief's own point of comparison. */
export const DEFAULT_BASE_YEAR = 2006;

const DEFAULT_VIEW: TrendView = {
  range: null,
  scale: "linear",
  indexed: false,
  baseYear: DEFAULT_BASE_YEAR,
  showEvents: true,
};

const TrendViewContext = createContext<TrendViewState>({
  view: DEFAULT_VIEW,
  bounds: { from: DEFAULT_BASE_YEAR, to: DEFAULT_BASE_YEAR },
});

/**
 * One set of view settings for every chart on the page: the time range (moved by any chart's
 * brush or the range control), log scale, indexed view and context events. Charts mounted by
 * other features (imported series) read the same context, so they follow along.
 */
export function TrendViewProvider({ bounds, children }: { bounds: YearRange; children: ReactNode }) {
  const [view, setView] = useState<TrendView>(DEFAULT_VIEW);
  const state = useMemo<TrendViewState>(
    () => ({
      view,
      bounds,
      setRange: (range) => {
        // Not clamped to the bounds: an imported series may reach past the built-in years.
        const next = range && { from: Math.min(range.from, range.to), to: Math.max(range.from, range.to) };
        const whole = next && next.from <= bounds.from && next.to >= bounds.to;
        setView((current) => ({ ...current, range: whole ? null : next }));
      },
      update: (patch) => setView((current) => ({ ...current, ...patch })),
    }),
    [view, bounds],
  );
  return <TrendViewContext value={state}>{children}</TrendViewContext>;
}

export function useTrendView(): TrendViewState {
  return useContext(TrendViewContext);
}
