"use client";

import { useId, useRef, useState, type FormEvent } from "react";
import { openThread } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { tryEdit } from "@/components/threads/edit-error";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { AnnotationFields, focusFirstInvalid } from "./annotation-fields";
import { annotationErrors, annotationPeriod, type AnnotationErrors, type ChartTarget } from "./annotation-model";

interface AnnotationFormProps {
  target: ChartTarget;
  /** Called after saving, with what to announce, or with null when the person cancels. */
  onClose: (saved: string | null) => void;
}

/**
 * "Add annotation" for the moment or span just selected on the chart. It stays open while the
 * person picks another period on the chart, keeping what they typed.
 */
export function AnnotationForm({ target, onClose }: AnnotationFormProps) {
  const { session, author } = useWorkspace();
  const [value, setValue] = useState({ title: "", text: "" });
  const [errors, setErrors] = useState<AnnotationErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const period = annotationPeriod(target);
  const isSpan = target.to !== undefined;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!author) return;
    const found = annotationErrors(value);
    const refusal =
      Object.keys(found).length > 0
        ? null
        : tryEdit(() => openThread(session.doc, { target, title: value.title, text: value.text }, author));
    // A refusal of the target itself (a span that ends before it starts) is shown under the text.
    const shown: AnnotationErrors = refusal
      ? refusal.field === "title"
        ? { title: refusal.message }
        : { text: refusal.message }
      : found;
    if (Object.keys(shown).length > 0) {
      setErrors(shown);
      focusFirstInvalid(formRef.current);
      return;
    }
    onClose(`Annotation “${value.title.trim()}” added at ${period}.`);
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      aria-labelledby={headingId}
      data-annotation-form
      className="space-y-2 rounded-md border border-accent/40 bg-accent-soft/40 p-3"
    >
      <div>
        <h4 id={headingId} className="text-sm font-semibold">
          Add annotation {isSpan ? "for" : "at"} {period}
        </h4>
        <p className="text-xs text-muted">
          {isSpan ? "A span" : "One point"} on this chart. Select another on the chart to change it; Esc cancels.
        </p>
      </div>
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
        onEscape={() => onClose(null)}
      />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="primary">
          Save annotation
        </Button>
        <Button onClick={() => onClose(null)}>Cancel</Button>
      </div>
    </form>
  );
}
