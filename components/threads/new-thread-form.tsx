"use client";

import { useId, useState, type FormEvent } from "react";
import { LIMITS, openThread, type ThreadTarget } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { CommentBox } from "./comment-box";
import { tryEdit } from "./edit-error";

interface NewThreadFormProps {
  target: ThreadTarget;
  /** Ask for a title too (chart annotations). */
  withTitle?: boolean;
  autoFocus?: boolean;
  /** Called with the new thread's id, e.g. to scroll to it. */
  onOpened?: (threadId: string) => void;
}

/** Starts a thread on a target; each refusal is shown at its own field. */
export function NewThreadForm({ target, withTitle = false, autoFocus, onOpened }: NewThreadFormProps) {
  const { session, author } = useWorkspace();
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [errors, setErrors] = useState<{ title?: string; text?: string }>({});
  const titleId = useId();
  if (!author) return null;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!author) return;
    let opened = "";
    const refusal = tryEdit(() => {
      opened = openThread(session.doc, { target, text, title: withTitle ? title : undefined }, author);
    });
    if (refusal) {
      setErrors(refusal.field === "title" ? { title: refusal.message } : { text: refusal.message });
      return;
    }
    setTitle("");
    setText("");
    setErrors({});
    onOpened?.(opened);
  }

  return (
    <form onSubmit={submit} className="space-y-2">
      {withTitle && (
        <div>
          <label htmlFor={titleId} className="mb-1 block text-xs font-medium text-muted">
            Title (optional, up to {LIMITS.threadTitleLength} characters)
          </label>
          <input
            id={titleId}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setErrors((current) => ({ ...current, title: undefined }));
            }}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${titleId}-error` : undefined}
            className="block w-full rounded-md border border-line px-2.5 py-1 text-sm aria-invalid:border-danger max-sm:text-base"
          />
          {errors.title && (
            <p id={`${titleId}-error`} className="mt-0.5 text-xs text-danger">
              {errors.title}
            </p>
          )}
        </div>
      )}
      <CommentBox
        label="Comment"
        showLabel
        value={text}
        onChange={(value) => {
          setText(value);
          setErrors((current) => ({ ...current, text: undefined }));
        }}
        onSubmit={submit}
        error={errors.text ?? null}
        autoFocus={autoFocus}
        rows={3}
      />
      <div className="flex items-center justify-between gap-2">
        <p className="text-xs text-muted max-sm:hidden">Ctrl/⌘ + Enter to send</p>
        <Button type="submit" variant="primary">
          Start thread
        </Button>
      </div>
    </form>
  );
}
