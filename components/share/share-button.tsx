"use client";

import { Button } from "@/components/ui/button";
import { useLazyDialog } from "@/components/ui/use-lazy-dialog";

const loadShareDialog = () => import("./share-dialog").then((module) => module.ShareDialog);

/** The header's "Share" button (facilitators only); the dialog's script comes on first use. */
export function ShareButton() {
  const { state, open, close, prefetch } = useLazyDialog(loadShareDialog);
  return (
    <>
      <Button
        aria-haspopup="dialog"
        data-testid="share-button"
        onPointerEnter={prefetch}
        onFocus={prefetch}
        onClick={(event) => open(event.currentTarget)}
        disabled={state.status === "loading"}
      >
        {state.status === "loading" ? "Opening…" : "Share"}
      </Button>
      {state.status === "failed" && (
        <span role="alert" className="text-xs text-danger">
          The Share dialog could not be loaded ({state.reason}). Check your connection and try again.
        </span>
      )}
      {state.status === "open" && <state.Dialog returnFocus={state.opener} onClose={close} />}
    </>
  );
}
