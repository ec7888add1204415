"use client";

import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";

interface ConfirmButtonProps {
  /** The button's text, e.g. "Revoke". */
  action: string;
  /** Its accessible name, e.g. "Revoke Deputy Secretary". */
  label: string;
  /** What confirming does, said before the person confirms. */
  question: string;
  onConfirm: () => void;
  pending?: boolean;
}

/** A destructive action that asks first, in place: the question, then "Yes" or "Cancel". */
export function ConfirmButton({ action, label, question, onConfirm, pending = false }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);

  if (!asking) {
    return (
      <Button aria-label={label} disabled={pending} onClick={() => setAsking(true)}>
        {pending ? `${action}…` : action}
      </Button>
    );
  }
  return (
    <span role="group" aria-label={question} className="inline-flex flex-wrap items-center gap-2 text-sm">
      <span>{question}</span>
      <button
        ref={confirmRef}
        type="button"
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
        className="inline-flex min-h-8 items-center rounded-md bg-danger px-3 text-sm font-medium text-white"
      >
        Yes, {action.toLowerCase()}
      </button>
      <Button onClick={() => setAsking(false)}>Cancel</Button>
    </span>
  );
}
