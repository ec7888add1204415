"use client";

import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import { LEVELS, LEVEL_LABEL, type Level } from "@/lib/domain/scales";

interface RatingChoicesProps {
  label: string;
  current: Level | null;
  onChoose: (level: Level | null) => void;
  /** Escape: close and put focus back on the cell. */
  onCancel: () => void;
  /** Focus went elsewhere: close without taking focus back. */
  onLeave: () => void;
}

const CHOICES: { level: Level | null; label: string }[] = [
  ...LEVELS.map((level) => ({ level, label: LEVEL_LABEL[level] })),
  { level: null, label: "Clear" },
];

/** The buttons that set one cell: High, Medium, Low, Clear. Arrow keys move, Escape cancels. */
export function RatingChoices({ label, current, onChoose, onCancel, onLeave }: RatingChoicesProps) {
  const group = useRef<HTMLDivElement>(null);
  // Focus the level the cell had when opened; a peer's change meanwhile must not move focus.
  const [initial] = useState(() =>
    Math.max(
      CHOICES.findIndex((choice) => choice.level === current),
      0,
    ),
  );

  useEffect(() => {
    group.current?.querySelectorAll("button")[initial]?.focus();
  }, [initial]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    event.stopPropagation();
    if (event.key === "Escape") {
      event.preventDefault();
      onCancel();
      return;
    }
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (!step || !group.current) return;
    event.preventDefault();
    const buttons = [...group.current.querySelectorAll("button")];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    buttons[(at + step + buttons.length) % buttons.length]?.focus();
  }

  return (
    <div
      ref={group}
      role="group"
      aria-label={label}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) onLeave();
      }}
      className="flex flex-wrap gap-1"
    >
      {CHOICES.map((choice) => (
        <button
          key={choice.label}
          type="button"
          aria-pressed={choice.level === current}
          onClick={(event) => {
            event.stopPropagation();
            onChoose(choice.level);
          }}
          className="rounded border border-line bg-surface px-1.5 py-1 text-xs font-medium hover:bg-accent-soft aria-pressed:border-accent aria-pressed:bg-accent-soft md:py-0.5"
        >
          {choice.label}
        </button>
      ))}
    </div>
  );
}
