import * as Y from "yjs";
import type * as z from "../zod";

export type InvalidValueReporter = (where: string, issue: string) => void;

export const warnToConsole: InvalidValueReporter = (where, issue) => {
  console.warn(`Ignored an invalid value in the workspace document at ${where}: ${issue}`);
};

export function parseOr<T>(
  schema: z.ZodMiniType<T>,
  value: unknown,
  where: string,
  report: InvalidValueReporter,
): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  report(issue?.path.length ? `${where}.${issue.path.join(".")}` : where, issue?.message ?? "invalid");
  return undefined;
}

/** Text of a collaborative field, cut to its limit: a merge may exceed what one person may type. */
export function readText(value: unknown, limit: number, where: string, report: InvalidValueReporter): string {
  const text = value instanceof Y.Text ? value.toString() : typeof value === "string" ? value : "";
  if (text.length <= limit) return text;
  report(where, `longer than ${limit} characters; the rest is not shown`);
  return text.slice(0, limit);
}
