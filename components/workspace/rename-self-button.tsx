"use client";

import { useLazyDialog } from "@/components/ui/use-lazy-dialog";

const loadRenameDialog = () => import("./rename-self-dialog").then((module) => module.RenameSelfDialog);

/** "Change your name" beside the person's own entry in the presence list; the form comes on first use. */
export function RenameSelfButton() {
  const { state, open, close, prefetch } = useLazyDialog(loadRenameDialog);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        data-testid="rename-self"
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={(event) => open(event.currentTarget)}
        className="rounded px-1 text-xs font-medium text-accent underline-offset-2 hover:underline"
      >
        {state.status === "loading" ? "Opening…" : "Change your name"}
      </button>
      {state.status === "failed" && (
        <span role="alert" className="text-xs text-danger">
          The form could not be loaded: check your connection and try again.
        </span>
      )}
      {state.status === "open" && <state.Dialog returnFocus={state.opener} onClose={close} />}
    </>
  );
}
