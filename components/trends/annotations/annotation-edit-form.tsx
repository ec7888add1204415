"use client";

import { useRef, useState, type FormEvent } from "react";
import { editComment, setThreadTitle, type Comment, type Thread } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { tryEdit } from "@/components/threads/edit-error";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { AnnotationFields, focusFirstInvalid } from "./annotation-fields";
import { annotationErrors, type AnnotationErrors } from "./annotation-model";

interface AnnotationEditFormProps {
  thread: Thread;
  /** The annotation's text: its thread's first comment, which this person wrote. */
  comment: Comment;
  onDone: () => void;
}

/** Changes the title and text of one's own annotation; only what changed is written. */
export function AnnotationEditForm({ thread, comment, onDone }: AnnotationEditFormProps) {
  const { session, author } = useWorkspace();
  const [value, setValue] = useState({ title: thread.title, text: comment.text });
  const [errors, setErrors] = useState<AnnotationErrors>({});
  const formRef = useRef<HTMLFormElement>(null);

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!author) return;
    const found = annotationErrors(value);
    let shown: AnnotationErrors = found;
    if (Object.keys(found).length === 0) {
      const title =
        value.title.trim() === thread.title ? null : tryEdit(() => setThreadTitle(session.doc, thread.id, value.title));
      const text =
        value.text.trim() === comment.text
          ? null
          : tryEdit(() => editComment(session.doc, thread.id, comment.id, value.text, author));
      shown = { title: title?.message, text: text?.message };
    }
    if (shown.title || shown.text) {
      setErrors(shown);
      focusFirstInvalid(formRef.current);
      return;
    }
    onDone();
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      aria-label={`Edit ${thread.title || "annotation"}`}
      className="mt-2 space-y-2"
    >
      <AnnotationFields
        value={value}
        errors={errors}
        onChange={(next) => {
          setErrors((current) => ({
            title: next.title === value.title ? current.title : undefined,
            text: next.text === value.text ? current.text : undefined,
          }));
          setValue(next);
        }}
        onSubmit={submit}
        onEscape={onDone}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Save changes
        </Button>
        <Button onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
