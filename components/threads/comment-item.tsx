"use client";

import { useRef, useState } from "react";
import { deleteComment, editComment, type Comment } from "@/lib/collab";
import { useWorkspace } from "@/components/workspace/workspace-context";
import { CommentForm } from "./comment-form";
import { tryEdit } from "./edit-error";
import { DANGER_TEXT_BUTTON, TEXT_BUTTON } from "./text-button";
import { absoluteTime } from "./relative-time";
import { TimeAgo } from "./time-ago";

interface CommentItemProps {
  threadId: string;
  comment: Comment;
  /** Deleting the only comment removes the thread too; the confirmation says so. */
  isOnlyComment: boolean;
}

type Mode = "read" | "edit" | "confirm-delete";

/** One comment: who, when, the text; its author can edit it or delete it after confirming. */
export function CommentItem({ threadId, comment, isOnlyComment }: CommentItemProps) {
  const { session, author } = useWorkspace();
  const [mode, setMode] = useState<Mode>("read");
  const [error, setError] = useState<string | null>(null);
  const itemRef = useRef<HTMLLIElement>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const own = author !== null && comment.by === author.id;

  function leave(focus: "edit" | "delete") {
    setMode("read");
    // Back to the button that started it, once it is rendered again.
    requestAnimationFrame(() =>
      (focus === "edit" ? editButton.current : itemRef.current?.querySelector<HTMLElement>("[data-delete]"))?.focus(),
    );
  }

  function remove() {
    if (!author) return;
    const dialog = itemRef.current?.closest("dialog");
    const thread = itemRef.current?.closest<HTMLElement>("[data-thread]");
    const refusal = tryEdit(() => deleteComment(session.doc, threadId, comment.id, author));
    if (refusal) {
      setError(refusal.message);
      setMode("read");
      return;
    }
    // The comment (and maybe its thread) is gone: keep focus in the dialog rather than on <body>.
    requestAnimationFrame(() =>
      (thread?.isConnected ? thread : dialog?.querySelector<HTMLElement>("[data-dialog-heading]"))?.focus(),
    );
  }

  return (
    <li ref={itemRef} className="py-2" data-comment={comment.id}>
      <p className="flex flex-wrap items-baseline gap-x-1.5 text-xs text-muted">
        <span className="font-semibold text-ink">{comment.byName}</span>
        <TimeAgo at={comment.at} />
        {comment.editedAt !== undefined && <span title={`Edited ${absoluteTime(comment.editedAt)}`}>· edited</span>}
      </p>
      {mode === "edit" && author ? (
        <div className="mt-1">
          <CommentForm
            label="Edit your comment"
            submitLabel="Save"
            initialText={comment.text}
            autoFocus
            onSubmit={(text) => {
              const refusal = tryEdit(() => editComment(session.doc, threadId, comment.id, text, author));
              if (!refusal) leave("edit");
              return refusal;
            }}
            onCancel={() => leave("edit")}
          />
        </div>
      ) : (
        <p className="mt-0.5 text-sm break-words whitespace-pre-wrap">{comment.text}</p>
      )}
      {error && <p className="mt-1 text-xs text-danger">{error}</p>}
      {own && mode === "read" && (
        <div className="mt-1 flex gap-1">
          <button ref={editButton} type="button" className={TEXT_BUTTON} onClick={() => setMode("edit")}>
            Edit
          </button>
          <button type="button" data-delete className={DANGER_TEXT_BUTTON} onClick={() => setMode("confirm-delete")}>
            Delete
          </button>
        </div>
      )}
      {own && mode === "confirm-delete" && (
        <div role="group" aria-label="Confirm deletion" className="mt-1 rounded-md bg-danger-soft px-2 py-1.5 text-xs">
          <p className="text-danger">
            {isOnlyComment
              ? "Delete this comment? It is the only one, so the thread goes too."
              : "Delete this comment?"}
          </p>
          <div className="mt-1 flex gap-1">
            <button type="button" className={DANGER_TEXT_BUTTON} onClick={remove}>
              Delete comment
            </button>
            <button type="button" autoFocus className={TEXT_BUTTON} onClick={() => leave("delete")}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
