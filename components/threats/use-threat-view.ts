"use client";

import { useEffect, useMemo, useState } from "react";
import type { Threat } from "@/lib/collab";
import { useUrlState } from "@/lib/client/use-url-state";
import { applyThreatView, clearFilters, matchesView } from "@/lib/domain/threat-view";
import { readThreatView, threatViewParams } from "@/lib/domain/threat-view-url";
import { REVEAL_EVENT, type RevealDetail } from "@/components/threads/thread-events";
import { threatKey } from "./reveal-threat";

/** How long a revealed threat stays highlighted, so the eye finds it after the scroll. */
const HIGHLIGHT_MS = 2500;

/**
 * The register's filters and sort (kept in the URL), the threats they show, and `mesa:reveal`
 * handling: when something asks to show a threat the filters hide, the filters are cleared.
 */
export function useThreatView(threats: Threat[]) {
  const [view, setView] = useUrlState(readThreatView, threatViewParams);
  const [highlighted, setHighlighted] = useState<string | null>(null);

  useEffect(() => {
    const onReveal = (event: Event) => {
      const key = (event as CustomEvent<Partial<RevealDetail>>).detail?.key;
      const threat = threats.find((candidate) => threatKey(candidate.id) === key);
      if (!threat) return;
      if (!matchesView(threat, view)) setView(clearFilters(view));
      setHighlighted(threat.id);
    };
    window.addEventListener(REVEAL_EVENT, onReveal);
    return () => window.removeEventListener(REVEAL_EVENT, onReveal);
  }, [threats, view, setView]);

  useEffect(() => {
    if (highlighted === null) return;
    const timer = setTimeout(() => setHighlighted(null), HIGHLIGHT_MS);
    return () => clearTimeout(timer);
  }, [highlighted]);

  const shown = useMemo(() => applyThreatView(threats, view), [threats, view]);
  // The heat map shows where the other filters' threats sit, so a cell can be picked among them.
  const mapped = useMemo(() => applyThreatView(threats, { ...view, cell: null, sort: "register" }), [threats, view]);

  return { view, setView, shown, mapped, highlighted };
}
