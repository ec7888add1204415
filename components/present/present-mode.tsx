"use client";

import { useEffect, useEffectEvent, useRef, useState, type ReactNode } from "react";
import type { WorkspaceSnapshot } from "@/lib/collab";
import { usePublishedSessions, useRecordedOutcomes } from "@/lib/client/use-published-sessions";
import { ChangeMarked } from "@/components/reading/change-mark";
import { useWorkspace } from "@/components/workspace/workspace-context";
import type { DashboardParts } from "./dashboard-parts";
import { enterFullscreen, exitFullscreen, useFullscreen } from "./fullscreen";
import { PresentNav } from "./present-nav";
import { presentKeyAction, slideAfter } from "./present-keys";
import { presentSlides } from "./present-regions";
import { useSlideZoom } from "./use-slide-zoom";

export interface PresentModeProps {
  snapshot: WorkspaceSnapshot;
  title: string;
  /** The connection's state, drawn by the dashboard. */
  badge: ReactNode;
  parts: DashboardParts;
  onExit: () => void;
}

/** Keys pressed in these belong to them (a grid's arrows, a field's text, a dialog's Esc). */
const OWN_KEYS = "input, select, textarea, [contenteditable='true'], [role='grid'], [role='slider'], dialog";

/**
 * The workspace on a room's screen: one region at a time, in large type, full screen where the
 * browser allows it, live as the team works. Read-only whatever the presenter's role (the
 * dashboard gives it a workspace context without an author): the room watches, and a stray
 * key must not change a rating.
 */
export function PresentMode({ snapshot, title, badge, parts, onExit }: PresentModeProps) {
  const { session } = useWorkspace();
  const sessions = usePublishedSessions(session);
  const outcomes = useRecordedOutcomes(session);
  const slides = presentSlides(snapshot, { sessions, outcomes });
  const [currentId, setCurrentId] = useState(slides[0]?.id ?? "");
  const found = slides.findIndex((slide) => slide.id === currentId);
  const index = found === -1 ? 0 : found;
  const slide = slides[index];
  const zoom = useSlideZoom();
  const fullscreen = useFullscreen();
  const mainRef = useRef<HTMLElement>(null);

  const leaveNow = () => {
    exitFullscreen();
    onExit();
  };
  const leave = useEffectEvent(leaveNow);
  const go = (to: number) => {
    const next = slides[Math.max(0, Math.min(to, slides.length - 1))];
    if (next) setCurrentId(next.id);
  };

  // In full screen a real browser takes Esc for itself and only reports that full screen ended.
  const wasFullscreen = useRef(false);
  useEffect(() => {
    if (fullscreen) wasFullscreen.current = true;
    else if (wasFullscreen.current) leave();
  }, [fullscreen]);

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    if (event.defaultPrevented || target?.closest(OWN_KEYS)) return;
    const action = presentKeyAction(event, Boolean(target?.closest("button, summary, a")));
    if (!action) return;
    event.preventDefault();
    if (action.kind === "exit") return leave();
    const next = slideAfter(action, index, slides.length);
    if (next !== null) go(next);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener("keydown", listener);
    return () => window.removeEventListener("keydown", listener);
  }, []);

  // Focus starts on the slide, so nothing inside is pressed by accident with Space or Enter.
  useEffect(() => {
    mainRef.current?.focus();
  }, []);

  return (
    <>
      <div className="fixed inset-0 z-40 flex flex-col bg-canvas" data-testid="present-mode">
        <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-line bg-surface px-8 py-3">
          <p className="min-w-0 flex-1 truncate text-lg text-muted" title={title}>
            <span className="font-semibold tracking-wider text-accent uppercase">Mesa</span> · {title}
          </p>
          {badge}
          <p className="text-lg text-muted tabular-nums" aria-hidden="true">
            {index + 1} / {slides.length}
          </p>
          {!fullscreen && document.fullscreenEnabled && (
            <button
              type="button"
              onClick={() => void enterFullscreen()}
              className="min-h-10 rounded-md border border-line px-4 text-base font-medium hover:bg-canvas"
            >
              Full screen
            </button>
          )}
          <button
            type="button"
            onClick={leaveNow}
            className="min-h-10 rounded-md bg-accent px-4 text-base font-medium text-white hover:bg-[#094c8f]"
          >
            Leave present mode
          </button>
        </header>
        <p aria-live="polite" className="sr-only">
          {slide ? `Slide ${index + 1} of ${slides.length}: ${slide.title}` : ""}
        </p>
        <main
          ref={mainRef}
          tabIndex={-1}
          aria-labelledby="present-slide-title"
          data-slide={slide?.id}
          // The slide takes focus so its keys work at once; a ring around the whole screen would only distract.
          style={{ outline: "none" }}
          className="min-h-0 flex-1 overflow-auto px-8 pt-5 pb-8"
        >
          <h1 id="present-slide-title" className="text-4xl leading-tight font-semibold md:text-5xl">
            {/* The matrix grid is labelled by this heading, under the id the dashboard gives it. */}
            <span id={slide?.headingId}>{slide?.title ?? "Nothing to present yet"}</span>
          </h1>
          <div className="mt-5" style={{ zoom }}>
            {/* Keyed by slide: what changes while a slide is up is marked, not how it differs from the last one. */}
            <ChangeMarked key={slide?.id} region={slide?.id ?? "none"} signature={slide?.signature?.(snapshot) ?? ""}>
              {slide?.render(snapshot, parts)}
            </ChangeMarked>
          </div>
        </main>
        <PresentNav slides={slides} index={index} onGo={go} />
        {!document.fullscreenEnabled && (
          <p className="bg-surface px-8 pb-2 text-sm text-muted">
            This browser cannot go full screen from the page; present mode fills the window instead.
          </p>
        )}
      </div>
    </>
  );
}
