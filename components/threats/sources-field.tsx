"use client";

import { LIMITS } from "@/lib/collab";
import { isDataSetSourceKey } from "@/lib/domain/citations";
import { formatListLines, parseListLines, type ListLimits } from "@/lib/domain/threat-form";
import { Citation } from "@/components/ui/citation";
import { DraftField, FIELD_LABEL } from "./draft-field";

const SOURCES: ListLimits = { noun: "source", maxLength: LIMITS.sourceLength, maxCount: LIMITS.sourceCount };

interface SourcesFieldProps {
  sources: string[];
  /** Writes the whole list; returns what is wrong with it, or null. */
  save: (sources: string[]) => string | null;
}

/**
 * A threat's sources. Citations of the built-in data set are stored as keys (a repository
 * file at a commit): they show as citations the person can remove, never as the key itself;
 * what the team types is edited as text, one source per line.
 */
export function SourcesField({ sources, save }: SourcesFieldProps) {
  const cited = sources.filter(isDataSetSourceKey);
  const typed = sources.filter((source) => !isDataSetSourceKey(source));
  const limits: ListLimits = { ...SOURCES, maxCount: SOURCES.maxCount - cited.length };
  const saveTyped = (text: string) => {
    const parsed = parseListLines(text, limits);
    return parsed.ok ? save([...cited, ...parsed.items]) : parsed.message;
  };
  const check = (text: string) => {
    const parsed = parseListLines(text, limits);
    return parsed.ok ? null : parsed.message;
  };

  return (
    <div>
      {cited.length > 0 && (
        <div className="mb-2">
          <p className={FIELD_LABEL}>Data set sources</p>
          <ul className="mt-1 space-y-1 text-xs break-words">
            {cited.map((source) => (
              <li key={source} className="flex items-start justify-between gap-2">
                <span>
                  <Citation source={source} />
                </span>
                <button
                  type="button"
                  className="shrink-0 rounded border border-line px-1.5 py-0.5 text-[11px] hover:bg-canvas"
                  onClick={() => save(sources.filter((candidate) => candidate !== source))}
                >
                  Remove<span className="sr-only"> this data set source</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <DraftField
        label={cited.length > 0 ? "Other sources" : "Sources"}
        rows={3}
        stored={formatListLines(typed)}
        save={saveTyped}
        check={check}
        hint="One per line: a URL, or a citation."
      />
    </div>
  );
}
