"use client";

import { useId, useState } from "react";
import { LIMITS } from "@/lib/collab/schema";
import { colorForName, identityEntry } from "@/lib/client/identity";
import { Button } from "@/components/ui/button";

/** Asked once per browser: the name and colour travel with every later workspace too. */
export function NameForm({ workspaceTitle }: { workspaceTitle: string }) {
  const [name, setName] = useState("");
  const [missing, setMissing] = useState(false);
  const inputId = useId();
  const hintId = useId();
  const errorId = useId();
  const trimmed = name.trim();
  const color = colorForName(trimmed || "?");

  return (
    <main className="flex min-h-dvh items-center justify-center p-4">
      <form
        aria-labelledby="join-heading"
        className="w-full max-w-md rounded-lg border border-line bg-surface p-6 shadow-sm"
        onSubmit={(event) => {
          event.preventDefault();
          if (trimmed) identityEntry.write({ name: trimmed, color });
          else setMissing(true);
        }}
      >
        <h1 id="join-heading" className="text-lg font-semibold">
          Join “{workspaceTitle}”
        </h1>
        <p id={hintId} className="mt-1 text-sm text-muted">
          Your name shows next to your ratings and in the list of who is here. This browser remembers it.
        </p>
        <label htmlFor={inputId} className="mt-4 block text-sm font-medium">
          Display name
        </label>
        <div className="mt-1 flex items-center gap-2">
          <span
            aria-hidden="true"
            className="size-4 shrink-0 rounded-full"
            style={{ backgroundColor: trimmed ? color : "var(--color-line)" }}
          />
          <input
            id={inputId}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
              setMissing(false);
            }}
            maxLength={LIMITS.displayNameLength}
            autoFocus
            autoComplete="nickname"
            aria-invalid={missing || undefined}
            aria-describedby={missing ? `${errorId} ${hintId}` : hintId}
            className="w-full rounded-md border border-line px-2.5 py-1.5 text-sm aria-invalid:border-danger"
          />
        </div>
        {missing && (
          <p id={errorId} className="mt-1 text-sm text-danger">
            Enter the name your team will see.
          </p>
        )}
        <Button type="submit" variant="primary" className="mt-4">
          Join workspace
        </Button>
      </form>
    </main>
  );
}
