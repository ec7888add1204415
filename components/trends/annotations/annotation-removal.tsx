"use client";

import { deleteComment, setThreadResolved, type Author, type Thread } from "@/lib/collab";
import { Button } from "@/components/ui/button";
import { tryEdit } from "@/components/threads/edit-error";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { removalOf } from "./annotation-model";

interface AnnotationRemovalProps {
  thread: Thread;
  author: Author;
  onKeep: () => void;
  onRemoved: () => void;
}

function names(list: readonly string[]): string {
  return list.length <= 2 ? list.join(" and ") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/**
 * Confirms removing one's own annotation. One that others replied to stays, because removing
 * it would take their replies with it: the author is offered Resolve instead.
 */
export function AnnotationRemoval({ thread, author, onKeep, onRemoved }: AnnotationRemovalProps) {
  const { session } = useWorkspace();
  const removal = removalOf(thread, author.id);
  const title = thread.title || "this annotation";

  function remove() {
    if (removal.kind !== "remove") return;
    // The whole removal is one step of the header's Undo.
    session.undo.stopCapturing();
    for (const commentId of removal.commentIds) {
      if (tryEdit(() => deleteComment(session.doc, thread.id, commentId, author))) break;
    }
    session.undo.stopCapturing();
    onRemoved();
  }

  return (
    <div
      role="group"
      aria-label={`Remove ${title}?`}
      className="mt-2 rounded-md bg-danger-soft px-3 py-2 text-sm"
      onKeyDown={(event) => {
        if (event.key !== "Escape") return;
        event.preventDefault();
        onKeep();
      }}
    >
      {removal.kind === "others-replied" ? (
        <>
          <p className="text-danger">
            {names(removal.names)} replied, so “{title}” stays: removing it would delete their replies too.{" "}
            {thread.resolved ? "It is already resolved." : "Resolve it instead to mark it done; it stays readable."}
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            {!thread.resolved && (
              <Button
                variant="primary"
                onClick={() => {
                  setThreadResolved(session.doc, thread.id, true, author);
                  onKeep();
                }}
              >
                Resolve instead
              </Button>
            )}
            <Button autoFocus onClick={onKeep}>
              Keep it
            </Button>
          </div>
        </>
      ) : (
        <>
          <p className="text-danger">
            Remove “{title}” from the chart for everyone?
            {thread.comments.length === 2 && " Your reply goes with it."}
            {thread.comments.length > 2 && ` Your ${thread.comments.length - 1} replies go with it.`} Undo at the top of
            the page brings it back.
          </p>
          <div className="mt-2 flex flex-wrap gap-2">
            <Button className="bg-danger text-white hover:bg-danger/90" onClick={remove}>
              Remove annotation
            </Button>
            <Button autoFocus onClick={onKeep}>
              Keep it
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
