import * as Y from "yjs";
import {
  publishedSessionSchema,
  recordedOutcomeSchema,
  type PublishedSession,
  type RecordedOutcome,
} from "../contract/sessions";
import { roots } from "./roots";
import { parseOr, warnToConsole, type InvalidValueReporter } from "./parse";

function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value;
}

/**
 * The live rating sessions the server published, newest first. Only the server writes this
 * root (the integrity seam refuses it to every client), so it holds counts and, once a round
 * closed, results, never an open answer.
 */
export function readSessions(doc: Y.Doc, report: InvalidValueReporter = warnToConsole): PublishedSession[] {
  const sessions: PublishedSession[] = [];
  roots(doc).sessions.forEach((value, key) => {
    const session = parseOr(publishedSessionSchema, plain(value), `sessions.${key}`, report);
    if (session && session.id === key) sessions.push(session);
  });
  return sessions.sort((a, b) => b.updatedAt - a.updatedAt || (a.id < b.id ? -1 : 1));
}

/** Recorded consensus values by target key (`targetKey` of lib/contract/sessions). */
export function readOutcomes(
  doc: Y.Doc,
  report: InvalidValueReporter = warnToConsole,
): Record<string, RecordedOutcome> {
  const outcomes: Record<string, RecordedOutcome> = {};
  roots(doc).outcomes.forEach((value, key) => {
    const outcome = parseOr(recordedOutcomeSchema, plain(value), `outcomes.${key}`, report);
    if (outcome) outcomes[key] = outcome;
  });
  return outcomes;
}
