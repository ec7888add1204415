"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";

interface ModalDialogProps {
  /** Id of the element that names the dialog (its heading). */
  labelledBy: string;
  /** Called when the person closes it: Esc, a click on the backdrop, or a close button. */
  onClose: () => void;
  /** Gets focus back when the dialog goes away, if it is still on the page. */
  returnFocus: HTMLElement | null;
  /** `data-dialog` on the element, for tests and styles: "thread", "comments-panel". */
  name: string;
  className: string;
  children: ReactNode;
}

/**
 * A native modal `<dialog>`: the browser makes the rest of the page inert (focus stays
 * inside), Esc closes it, and it sits above everything. Mounted only while open; on unmount
 * focus goes back to `returnFocus` (in a microtask). Layout effects, so that a caller closing
 * it in `flushSync` knows the focus return is queued and can move focus later still.
 */
export function ModalDialog({ labelledBy, onClose, returnFocus, name, className, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnTo = useRef(returnFocus);

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    // showModal focuses the first focusable element; a field marked data-autofocus wins.
    dialog.querySelector<HTMLElement>("[data-autofocus]")?.focus();
    const opener = returnTo.current;
    return () => {
      if (dialog.open) dialog.close();
      // After the commit: React refocuses whatever had focus when the commit began (the element
      // the browser restored on Esc), which would undo a focus call made here.
      queueMicrotask(() => {
        if (opener?.isConnected) opener.focus({ preventScroll: true });
      });
    };
  }, []);

  return (
    <dialog
      ref={ref}
      aria-labelledby={labelledBy}
      data-dialog={name}
      onClose={(event) => {
        // Ignore the close that React's development double-mount queues before reopening.
        if (!event.currentTarget.open) onClose();
      }}
      // A click on the backdrop lands on the dialog element itself; its content fills the box.
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
      className={`bg-surface p-0 text-ink shadow-xl backdrop:bg-ink/40 ${className}`}
    >
      {children}
    </dialog>
  );
}
