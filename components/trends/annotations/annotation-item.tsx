"use client";

import { useId, useRef, useState } from "react";
import { requestThreadDialog } from "@/components/threads/thread-events";
import { TEXT_BUTTON, DANGER_TEXT_BUTTON } from "@/components/threads/text-button";
import { TimeAgo } from "@/components/threads/time-ago";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { annotationPeriod, removalOf, replyCount, type Annotation } from "./annotation-model";
import { AnnotationEditForm } from "./annotation-edit-form";
import { AnnotationRemoval } from "./annotation-removal";

interface AnnotationItemProps {
  annotation: Annotation;
  /** After this person removed it, with what to announce. */
  onRemoved: (message: string) => void;
}

type Mode = "read" | "edit" | "remove";

/** One annotation in a chart's list: what, when, who, how it stands, and what one may do with it. */
export function AnnotationItem({ annotation, onRemoved }: AnnotationItemProps) {
  const { thread, target } = annotation;
  const { author } = useWorkspace();
  const [mode, setMode] = useState<Mode>("read");
  const itemRef = useRef<HTMLLIElement>(null);
  const titleId = useId();
  const [first] = thread.comments;
  const title = thread.title || "Untitled";
  const own = author !== null && thread.created.by === author.id && first?.by === author.id;
  const canRemove = removalOf(thread, author?.id ?? null).kind !== "not-own";

  function backTo(action: "edit" | "remove") {
    setMode("read");
    requestAnimationFrame(() => itemRef.current?.querySelector<HTMLElement>(`[data-action=${action}]`)?.focus());
  }

  return (
    <li ref={itemRef} data-annotation={thread.id} data-state={thread.resolved ? "resolved" : "open"}>
      <article
        aria-labelledby={titleId}
        className={`rounded-md border border-line px-3 py-2 ${thread.resolved ? "bg-canvas" : "bg-surface"}`}
      >
        <div className="flex flex-wrap items-baseline justify-between gap-x-2">
          <h5 id={titleId} className={`text-sm font-semibold break-words ${thread.title ? "" : "text-muted italic"}`}>
            {title}
          </h5>
          {thread.resolved ? (
            <span className="text-xs font-medium text-ok">✓ Resolved by {thread.resolved.byName}</span>
          ) : (
            <span className="rounded-full bg-accent-soft px-1.5 text-xs font-medium text-accent">Open</span>
          )}
        </div>
        <p className="text-xs text-muted">
          <span className="font-semibold text-ink">{annotationPeriod(target)}</span> · {thread.created.byName} ·{" "}
          <TimeAgo at={thread.created.at} />
          {first?.editedAt !== undefined && " · edited"}
        </p>
        {mode === "edit" && own && first ? (
          <AnnotationEditForm thread={thread} comment={first} onDone={() => backTo("edit")} />
        ) : (
          first && <p className="mt-1 line-clamp-4 text-sm break-words whitespace-pre-wrap">{first.text}</p>
        )}
        {mode === "remove" && author && (
          <AnnotationRemoval
            thread={thread}
            author={author}
            onKeep={() => backTo("remove")}
            onRemoved={() => onRemoved(`Annotation “${title}” removed.`)}
          />
        )}
        <div className="mt-1 flex flex-wrap items-center justify-between gap-x-2">
          <p className="text-xs text-muted">{replyCount(thread)}</p>
          {mode === "read" && (
            <div className="flex flex-wrap gap-1">
              <button
                type="button"
                className={TEXT_BUTTON}
                aria-haspopup="dialog"
                aria-label={`Open thread: ${title}`}
                onClick={(event) => requestThreadDialog({ target, threadId: thread.id, opener: event.currentTarget })}
              >
                Open thread
              </button>
              {own && (
                <button
                  type="button"
                  data-action="edit"
                  className={TEXT_BUTTON}
                  aria-label={`Edit ${title}`}
                  onClick={() => setMode("edit")}
                >
                  Edit
                </button>
              )}
              {canRemove && (
                <button
                  type="button"
                  data-action="remove"
                  className={DANGER_TEXT_BUTTON}
                  aria-label={`Remove ${title}`}
                  onClick={() => setMode("remove")}
                >
                  Remove
                </button>
              )}
            </div>
          )}
        </div>
      </article>
    </li>
  );
}
