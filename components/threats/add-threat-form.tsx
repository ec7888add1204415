"use client";

import { useId, useState, type FormEvent } from "react";
import { InvalidEditError, addThreat } from "@/lib/collab";
import { THREAT_CATEGORIES, THREAT_CATEGORY_LABEL, type ThreatCategory } from "@/lib/domain/scales";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { FIELD_CONTROL, FIELD_LABEL, FieldError } from "./draft-field";

/** A name and a category start a threat; the editor opens next for the rest. Hidden from viewers. */
export function AddThreatForm({ onAdded }: { onAdded: (threatId: string) => void }) {
  const id = useId();
  const { session, author } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState("");
  const [category, setCategory] = useState<ThreatCategory>("us_priority");
  const [error, setError] = useState<string | null>(null);
  if (!author) return null;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!author) return;
    try {
      const threatId = addThreat(session.doc, { name, category }, author);
      setOpen(false);
      setName("");
      setError(null);
      onAdded(threatId);
    } catch (caught) {
      if (!(caught instanceof InvalidEditError)) throw caught;
      setError(caught.message);
    }
  }

  if (!open) {
    return (
      <Button variant="primary" onClick={() => setOpen(true)}>
        Add threat
      </Button>
    );
  }
  return (
    <form
      onSubmit={submit}
      aria-label="Add a threat"
      noValidate
      className="flex w-full flex-wrap items-start gap-2 rounded-md border border-line bg-canvas p-3"
    >
      <div className="min-w-56 flex-1">
        <label htmlFor={`${id}-name`} className={FIELD_LABEL}>
          Name of the new threat
        </label>
        <input
          id={`${id}-name`}
          autoFocus
          value={name}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          className={FIELD_CONTROL}
        />
        <FieldError id={`${id}-error`} message={error} />
      </div>
      <div>
        <label htmlFor={`${id}-category`} className={FIELD_LABEL}>
          Category
        </label>
        <select
          id={`${id}-category`}
          value={category}
          onChange={(event) => setCategory(THREAT_CATEGORIES.find((value) => value === event.target.value) ?? category)}
          className={FIELD_CONTROL}
        >
          {THREAT_CATEGORIES.map((value) => (
            <option key={value} value={value}>
              {THREAT_CATEGORY_LABEL[value]}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-2 self-end pb-0.5">
        <Button type="submit" variant="primary">
          Add
        </Button>
        <Button
          onClick={() => {
            setOpen(false);
            setError(null);
          }}
        >
          Cancel
        </Button>
      </div>
    </form>
  );
}
