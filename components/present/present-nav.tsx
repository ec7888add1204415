"use client";

import type { PresentSlide } from "./present-regions";

interface PresentNavProps {
  slides: readonly PresentSlide[];
  index: number;
  onGo: (index: number) => void;
}

const STEP =
  "inline-flex size-11 items-center justify-center rounded-full border border-line bg-surface text-xl hover:bg-canvas disabled:opacity-40";

/** Previous, next, and one button per slide; the keys do the same, for a clicker or a keyboard. */
export function PresentNav({ slides, index, onGo }: PresentNavProps) {
  return (
    <nav aria-label="Slides" className="flex flex-wrap items-center gap-x-6 gap-y-2 border-t border-line px-8 py-3">
      <button
        type="button"
        aria-label="Previous slide"
        disabled={index === 0}
        onClick={() => onGo(index - 1)}
        className={STEP}
      >
        <span aria-hidden="true">←</span>
      </button>
      <ol className="flex flex-wrap items-center gap-1.5">
        {slides.map((slide, position) => (
          <li key={slide.id}>
            <button
              type="button"
              aria-label={`${position + 1}: ${slide.title}`}
              aria-current={position === index ? "step" : undefined}
              title={slide.title}
              onClick={() => onGo(position)}
              className="inline-flex size-9 items-center justify-center rounded-full border border-line bg-surface text-base font-medium tabular-nums hover:bg-canvas aria-[current]:border-accent aria-[current]:bg-accent aria-[current]:text-white"
            >
              {position + 1}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        aria-label="Next slide"
        disabled={index === slides.length - 1}
        onClick={() => onGo(index + 1)}
        className={STEP}
      >
        <span aria-hidden="true">→</span>
      </button>
      <p className="ml-auto text-base text-muted">
        <kbd className="font-sans">←</kbd> <kbd className="font-sans">→</kbd> move · <kbd>1</kbd>–<kbd>9</kbd> jump ·{" "}
        <kbd>Home</kbd> <kbd>End</kbd> · <kbd>Esc</kbd> leaves
      </p>
    </nav>
  );
}
