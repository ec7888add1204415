"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { LIMITS, setThreadTitle } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { tryEdit } from "./edit-error";
import { TEXT_BUTTON } from "./text-button";

interface ThreadTitleProps {
  threadId: string;
  title: string;
  headingId: string;
  /** Whether people who can write may rename it (chart annotations have titles). */
  editable: boolean;
}

/** A thread's title as its heading, with Rename for people who can write. */
export function ThreadTitle({ threadId, title, headingId, editable }: ThreadTitleProps) {
  const { session, author } = useWorkspace();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const canRename = editable && author !== null;

  function stop() {
    setDraft(null);
    setError(null);
    requestAnimationFrame(() => renameButton.current?.focus());
  }

  function save(event: FormEvent) {
    event.preventDefault();
    if (draft === null) return;
    const refusal = tryEdit(() => setThreadTitle(session.doc, threadId, draft));
    if (refusal) setError(refusal.message);
    else stop();
  }

  if (draft !== null) {
    return (
      <form onSubmit={save} className="space-y-1">
        <label htmlFor={inputId} className="block text-xs font-medium text-muted">
          Title
        </label>
        <input
          id={inputId}
          value={draft}
          autoFocus
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key !== "Escape") return;
            event.preventDefault();
            event.stopPropagation();
            stop();
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          className="block w-full rounded-md border border-line px-2.5 py-1 text-sm aria-invalid:border-danger max-sm:text-base"
        />
        {error && (
          <p id={`${inputId}-error`} className="text-xs text-danger">
            {error}
          </p>
        )}
        <p className="text-xs text-muted">Up to {LIMITS.threadTitleLength} characters; leave empty for no title.</p>
        <div className="flex gap-2">
          <Button type="submit" variant="primary">
            Save title
          </Button>
          <Button onClick={stop}>Cancel</Button>
        </div>
      </form>
    );
  }

  if (!title && !canRename) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-x-2">
      <h3 id={headingId} className={`text-sm font-semibold ${title ? "" : "text-muted italic"}`}>
        {title || "Untitled"}
      </h3>
      {canRename && (
        <button ref={renameButton} type="button" className={TEXT_BUTTON} onClick={() => setDraft(title)}>
          {title ? "Rename" : "Add title"}
        </button>
      )}
    </div>
  );
}
