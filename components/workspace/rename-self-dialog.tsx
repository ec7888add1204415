"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { LIMITS } from "@/lib/collab/schema";
import { identityEntry } from "@/lib/client/identity";
import { renameParticipant } from "@/lib/client/rename-participant";
import { useLinkToken } from "@/lib/client/use-link-token";
import { ModalDialog } from "@/components/threads/modal-dialog";
import { Button } from "@/components/ui/button";
import { useWorkspace } from "./workspace-context";

interface RenameSelfDialogProps {
  returnFocus: HTMLElement | null;
  onClose: () => void;
}

/** Changes the name the team sees for this person; everyone's presence list shows it at once. */
export function RenameSelfDialog({ returnFocus, onClose }: RenameSelfDialogProps) {
  const { workspaceId } = useWorkspace();
  const token = useLinkToken() ?? "";
  const queryClient = useQueryClient();
  const [name, setName] = useState(() => identityEntry.read()?.name ?? "");
  const headingId = useId();
  const inputId = useId();
  const errorId = useId();
  const rename = useMutation({
    mutationFn: (next: string) => renameParticipant({ queryClient, workspaceId, token, name: next }),
    onSuccess: onClose,
  });
  const blank = name.trim() === "";
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!blank) rename.mutate(name);
  };
  return (
    <ModalDialog
      labelledBy={headingId}
      onClose={onClose}
      returnFocus={returnFocus}
      name="rename-self"
      className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-lg"
    >
      <form onSubmit={submit} className="space-y-3 p-4">
        <h2 id={headingId} className="text-base font-semibold">
          Your name
        </h2>
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium">
            The name your team sees next to your changes and in the list of who is here
          </label>
          <input
            id={inputId}
            data-autofocus
            value={name}
            maxLength={LIMITS.displayNameLength}
            autoComplete="nickname"
            aria-invalid={rename.isError || undefined}
            aria-describedby={rename.isError ? errorId : undefined}
            onChange={(event) => setName(event.target.value)}
            className="w-full rounded-md border border-line px-2.5 py-1.5 text-sm"
          />
        </div>
        {rename.isError && (
          <p id={errorId} role="alert" className="text-sm text-danger">
            {rename.error.message}
          </p>
        )}
        <div className="flex gap-2">
          <Button type="submit" variant="primary" disabled={blank || rename.isPending}>
            {rename.isPending ? "Saving…" : "Save"}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </ModalDialog>
  );
}
