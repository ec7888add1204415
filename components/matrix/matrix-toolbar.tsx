"use client";

import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { InvalidEditError, addArea, addOption, type StructureKind } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "@/components/workspace/workspace-context";

const NOUN = { option: "option", area: "priority area" } as const;

/** "Add option" and "Add priority area": each opens a one-field form in place. */
export function MatrixToolbar({ onAdded }: { onAdded: (kind: StructureKind, id: string) => void }) {
  const [adding, setAdding] = useState<StructureKind | null>(null);
  const [returnTo, setReturnTo] = useState<StructureKind | null>(null);
  const bar = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (returnTo) bar.current?.querySelector<HTMLButtonElement>(`[data-add=${returnTo}]`)?.focus();
  }, [returnTo]);

  return (
    <div ref={bar} className="flex flex-wrap items-center gap-2 border-b border-line px-4 py-2">
      {adding ? (
        <AddForm
          kind={adding}
          onCancel={() => {
            setReturnTo(adding);
            setAdding(null);
          }}
          onAdded={(id) => {
            setAdding(null);
            onAdded(adding, id);
          }}
        />
      ) : (
        (["option", "area"] as const).map((kind) => (
          <Button
            key={kind}
            data-add={kind}
            onClick={() => {
              setReturnTo(null);
              setAdding(kind);
            }}
          >
            <span aria-hidden="true">+</span> Add {NOUN[kind]}
          </Button>
        ))
      )}
    </div>
  );
}

interface AddFormProps {
  kind: StructureKind;
  onAdded: (id: string) => void;
  onCancel: () => void;
}

function AddForm({ kind, onAdded, onCancel }: AddFormProps) {
  const { session } = useWorkspace();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  function submit(event: FormEvent) {
    event.preventDefault();
    try {
      onAdded(kind === "option" ? addOption(session.doc, { name }) : addArea(session.doc, { name }));
    } catch (caught) {
      if (!(caught instanceof InvalidEditError)) throw caught;
      setError(caught.message);
    }
  }

  return (
    <form onSubmit={submit} noValidate className="flex w-full flex-wrap items-start gap-2">
      <div className="min-w-0 flex-1 basis-64">
        <label htmlFor={id} className="sr-only">
          Name of the new {NOUN[kind]}
        </label>
        <input
          id={id}
          autoFocus
          type="text"
          autoComplete="off"
          value={name}
          placeholder={`Name of the new ${NOUN[kind]}`}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(event) => {
            setName(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Escape") {
              event.preventDefault();
              onCancel();
            }
          }}
          className="min-h-8 w-full rounded-md border border-line bg-surface px-2 py-1 text-sm aria-invalid:border-danger aria-invalid:bg-danger-soft"
        />
        {error && (
          <p id={`${id}-error`} role="alert" className="mt-1 text-xs text-danger">
            {error}
          </p>
        )}
      </div>
      <Button type="submit" variant="primary">
        Add {NOUN[kind]}
      </Button>
      <Button onClick={onCancel}>Cancel</Button>
    </form>
  );
}
