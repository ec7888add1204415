"use client";

import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import { LIMITS } from "@/lib/collab";
import { canFacilitate } from "@/lib/contract";
import { useLinkToken } from "@/lib/client/use-link-token";
import { useRenameWorkspace } from "@/lib/client/use-rename-workspace";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "./workspace-context";

/** The workspace's title; a facilitator can rename it, which only the server may write. */
export function WorkspaceTitle({ title }: { title: string }) {
  const { workspaceId, role } = useWorkspace();
  const token = useLinkToken() ?? "";
  const [draft, setDraft] = useState<string | null>(null);
  const renaming = useRenameWorkspace(workspaceId, token);
  const errorId = useId();

  const heading = (
    <h1 className="min-w-0 truncate text-base font-semibold" title={title}>
      {title}
    </h1>
  );
  if (!canFacilitate(role) || !token) return <div className="min-w-0 flex-1 basis-60">{heading}</div>;

  if (draft === null) {
    return (
      <div className="flex min-w-0 flex-1 basis-60 items-center gap-2">
        {heading}
        <Button
          variant="ghost"
          className="shrink-0"
          onClick={() => {
            renaming.reset();
            setDraft(title);
          }}
        >
          Rename
        </Button>
      </div>
    );
  }

  const close = () => setDraft(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.trim() === title) return close();
    void renaming.rename(draft).then((done) => done && close());
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "Escape") close();
  };
  return (
    <form className="flex min-w-0 flex-1 basis-60 flex-wrap items-center gap-2" onSubmit={submit}>
      <input
        aria-label="Workspace title"
        aria-invalid={renaming.error !== null}
        aria-describedby={renaming.error ? errorId : undefined}
        autoFocus
        className="min-w-0 flex-1 rounded-md border border-line bg-surface px-2 py-1 text-base font-semibold"
        maxLength={LIMITS.titleLength}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <Button type="submit" variant="primary" disabled={renaming.pending}>
        {renaming.pending ? "Saving…" : "Save"}
      </Button>
      <Button onClick={close}>Cancel</Button>
      {renaming.error && (
        <p id={errorId} role="alert" className="basis-full text-sm text-danger">
          {renaming.error.message}
        </p>
      )}
    </form>
  );
}
