import * as Y from "yjs";
import { newRecordId, recordMap, roots } from "./roots";
import { LIMITS } from "./schema";
import { commentTextSchema, threadTargetSchema, threadTitleSchema, type ThreadTarget } from "./thread-schema";
import { LOCAL_EDIT, InvalidEditError, requireId, requireRoom, stamp, validated, type Author } from "./write";

/**
 * Comment threads on matrix cells, options, areas, threats and moments of a chart. A thread
 * is a Y.Map in the `threads` root; its comments are a Y.Array of Y.Maps, so replies from
 * several people at once all land.
 */
export interface NewThread {
  target: ThreadTarget;
  text: string;
  title?: string;
}

export function openThread(doc: Y.Doc, input: NewThread, author: Author, now = Date.now()): string {
  const target = validated(threadTargetSchema, input.target, "target");
  const title = validated(threadTitleSchema, input.title ?? "", "title");
  const text = validated(commentTextSchema, input.text, "text");
  requireRoom(doc, { target, title, text }, "text");
  const id = newRecordId();
  const created = stamp(author, now);
  doc.transact(() => {
    const comments = new Y.Array<Y.Map<unknown>>();
    comments.push([recordMap({ id: newRecordId(), ...created, text })]);
    roots(doc).threads.set(id, recordMap({ id, target, title, created, resolved: null, comments }));
  }, LOCAL_EDIT);
  return id;
}

function requireThread(doc: Y.Doc, threadId: string): Y.Map<unknown> {
  requireId(threadId, "threadId");
  const thread = roots(doc).threads.get(threadId);
  if (!(thread instanceof Y.Map)) throw new InvalidEditError("threadId", "This thread was deleted by someone else.");
  return thread;
}

function commentsOf(thread: Y.Map<unknown>): Y.Array<Y.Map<unknown>> {
  const comments = thread.get("comments");
  if (!(comments instanceof Y.Array))
    throw new InvalidEditError("threadId", "This thread is damaged and cannot take replies.");
  return comments as Y.Array<Y.Map<unknown>>;
}

export function replyToThread(doc: Y.Doc, threadId: string, text: string, author: Author, now = Date.now()): string {
  const body = validated(commentTextSchema, text, "text");
  const comments = commentsOf(requireThread(doc, threadId));
  if (comments.length >= LIMITS.commentsPerThread) {
    throw new InvalidEditError("text", `A thread holds at most ${LIMITS.commentsPerThread} comments: open a new one.`);
  }
  requireRoom(doc, body, "text");
  const id = newRecordId();
  doc.transact(() => comments.push([recordMap({ id, ...stamp(author, now), text: body })]), LOCAL_EDIT);
  return id;
}

function ownComment(doc: Y.Doc, threadId: string, commentId: string, author: Author) {
  const comments = commentsOf(requireThread(doc, threadId));
  const index = comments.toArray().findIndex((comment) => comment.get("id") === commentId);
  const comment = comments.get(index);
  if (index < 0 || !comment) throw new InvalidEditError("commentId", "This comment was deleted.");
  if (comment.get("by") !== author.id) {
    throw new InvalidEditError("commentId", "Only the author of a comment can change or delete it.");
  }
  return { comments, comment, index };
}

export function editComment(
  doc: Y.Doc,
  threadId: string,
  commentId: string,
  text: string,
  author: Author,
  now = Date.now(),
): void {
  const body = validated(commentTextSchema, text, "text");
  const { comment } = ownComment(doc, threadId, commentId, author);
  requireRoom(doc, body, "text");
  doc.transact(() => {
    comment.set("text", body);
    comment.set("editedAt", now);
  }, LOCAL_EDIT);
}

/** Deletes one's own comment; a thread left without comments goes with it. */
export function deleteComment(doc: Y.Doc, threadId: string, commentId: string, author: Author): void {
  const { comments, index } = ownComment(doc, threadId, commentId, author);
  doc.transact(() => {
    comments.delete(index, 1);
    if (comments.length === 0) roots(doc).threads.delete(threadId);
  }, LOCAL_EDIT);
}

export function setThreadResolved(
  doc: Y.Doc,
  threadId: string,
  resolved: boolean,
  author: Author,
  now = Date.now(),
): void {
  const thread = requireThread(doc, threadId);
  doc.transact(() => thread.set("resolved", resolved ? stamp(author, now) : null), LOCAL_EDIT);
}

export function setThreadTitle(doc: Y.Doc, threadId: string, title: string): void {
  const value = validated(threadTitleSchema, title, "title");
  const thread = requireThread(doc, threadId);
  doc.transact(() => thread.set("title", value), LOCAL_EDIT);
}

/** Moves a chart annotation to another moment or span of its chart. */
export function setThreadTarget(doc: Y.Doc, threadId: string, target: ThreadTarget): void {
  const value = validated(threadTargetSchema, target, "target");
  const thread = requireThread(doc, threadId);
  doc.transact(() => thread.set("target", value), LOCAL_EDIT);
}
