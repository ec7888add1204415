"use client";

import { useEffect, useState, type ReactNode } from "react";

/** How long a region keeps its "Updated just now" mark after its content last changed. */
export const MARK_MS = 60_000;

interface ChangeMarkedProps {
  /** Names the region for tests and styles: `data-region`. */
  region: string;
  /** Equal while the region's content is unchanged, e.g. the JSON of what it shows. */
  signature: string;
  children: ReactNode;
  className?: string;
}

/**
 * A region that marks itself quietly when its content changes while someone is reading: a
 * small "Updated just now" tag on its top edge for a minute. Nothing is announced to screen
 * readers (the regions change whenever the team works, and reading must not be interrupted);
 * the tag is there for whoever looks. What was on screen when the region appeared is not a
 * change.
 */
export function ChangeMarked({ region, signature, children, className = "" }: ChangeMarkedProps) {
  const [seen, setSeen] = useState({ signature, changes: 0 });
  // Adjusting state while rendering (rather than in an effect) marks the same render that shows the change.
  if (seen.signature !== signature) setSeen({ signature, changes: seen.changes + 1 });
  return (
    <div data-region={region} className={`relative ${className}`}>
      {seen.changes > 0 && <FreshTag key={seen.changes} />}
      {children}
    </div>
  );
}

function FreshTag() {
  const [fresh, setFresh] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setFresh(false), MARK_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!fresh) return null;
  return (
    <span
      data-testid="updated-mark"
      className="absolute -top-2.5 right-4 z-10 rounded-full border border-accent/40 bg-accent-soft px-2 py-px text-[11px] font-medium text-accent shadow-sm"
    >
      Updated just now
    </span>
  );
}
