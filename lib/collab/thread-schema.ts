import * as z from "../zod";
import { LIMITS, authorshipSchema, idSchema } from "./schema";

/**
 * What a comment thread is attached to. Matrix and register threads point at a record;
 * chart annotations point at a moment (`from`) or a span (`from`–`to`) of one chart, with
 * `t` positions in decimal years so they can be drawn on a time axis.
 */
/** A moment on a chart's time axis as the chart labels it ("2008", "2008-03"). */
const momentSchema = z.string().check(z.minLength(1), z.maxLength(32));

export const threadTargetSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("cell"), areaId: idSchema, optionId: idSchema }),
  z.object({ kind: z.literal("option"), optionId: idSchema }),
  z.object({ kind: z.literal("area"), areaId: idSchema }),
  z.object({ kind: z.literal("threat"), threatId: idSchema }),
  z
    .object({
      kind: z.literal("chart"),
      chartId: idSchema,
      from: momentSchema,
      fromT: z.number(),
      to: z.optional(momentSchema),
      toT: z.optional(z.number()),
    })
    .check(
      z.refine((target) => (target.to === undefined) === (target.toT === undefined), "A span needs both ends."),
      z.refine((target) => target.toT === undefined || target.toT >= target.fromT, "A span must end after it starts."),
    ),
]);

export const commentTextSchema = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, "Write a comment first."),
    z.maxLength(LIMITS.commentLength, `Keep a comment to ${LIMITS.commentLength} characters.`),
  );

export const threadTitleSchema = z
  .string()
  .check(z.trim(), z.maxLength(LIMITS.threadTitleLength, `Keep the title to ${LIMITS.threadTitleLength} characters.`));

export const commentSchema = z.extend(authorshipSchema, {
  id: idSchema,
  text: commentTextSchema,
  editedAt: z.optional(z.number()),
});

export const threadSchema = z.object({
  id: idSchema,
  target: threadTargetSchema,
  /** Used by chart annotations; matrix and register threads usually leave it empty. */
  title: threadTitleSchema,
  created: authorshipSchema,
  resolved: z.nullable(authorshipSchema),
  comments: z.array(commentSchema).check(z.maxLength(LIMITS.commentsPerThread)),
});

export type ThreadTarget = z.infer<typeof threadTargetSchema>;
export type Comment = z.infer<typeof commentSchema>;
export type Thread = z.infer<typeof threadSchema>;

/** A stable key per target, so a badge can count the open threads on it. */
export function targetKey(target: ThreadTarget): string {
  switch (target.kind) {
    case "cell":
      return `cell:${target.areaId}|${target.optionId}`;
    case "option":
      return `option:${target.optionId}`;
    case "area":
      return `area:${target.areaId}`;
    case "threat":
      return `threat:${target.threatId}`;
    case "chart":
      return `chart:${target.chartId}`;
  }
}
