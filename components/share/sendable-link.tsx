"use client";

import { useId } from "react";
import { Button } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";

/** A link ready to send: the whole URL, selectable, with a one-click copy. */
export function SendableLink({ title, url, onDismiss }: { title: string; url: string; onDismiss: () => void }) {
  const inputId = useId();
  return (
    <div data-testid="sendable-link" className="rounded-md border border-accent/40 bg-accent-soft px-3 py-2 text-sm">
      <label htmlFor={inputId} className="block font-medium">
        {title}: send this link to the person who should have it
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input
          id={inputId}
          readOnly
          value={url}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs"
        />
        <CopyButton text={url} label={title} />
        <Button variant="ghost" onClick={onDismiss}>
          Done
        </Button>
      </div>
    </div>
  );
}
