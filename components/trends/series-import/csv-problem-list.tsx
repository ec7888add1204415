"use client";

import { useEffect, useRef } from "react";
import type { CsvProblem } from "@/lib/domain/csv-import";

interface CsvProblemListProps {
  id: string;
  summary: string;
  problems: readonly CsvProblem[];
}

/**
 * Every problem of a CSV, each naming its line and column. It takes focus when it appears so
 * a keyboard or screen-reader user lands on it, and is announced as an alert.
 */
export function CsvProblemList({ id, summary, problems }: CsvProblemListProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [problems]);
  return (
    <div
      id={id}
      ref={ref}
      role="alert"
      tabIndex={-1}
      data-testid="csv-problems"
      className="rounded-md border border-danger/40 bg-danger-soft px-3 py-2 text-sm text-danger"
    >
      <p className="font-semibold">{summary}</p>
      {/* Focusable, so a long list can be scrolled from the keyboard. */}
      <ul
        tabIndex={0}
        aria-label="Problems in the CSV"
        className="mt-1 max-h-60 list-disc space-y-0.5 overflow-auto pl-5 text-xs"
      >
        {problems.map((problem, index) => (
          <li key={`${problem.line}-${problem.column}-${index}`} className="break-words">
            {problem.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
