import { queryOptions } from "@tanstack/react-query";
import * as z from "../zod";
import {
  openedRoundSchema,
  sessionDetailSchema,
  sessionListSchema,
  type AnswerBody,
  type CreateSessionBody,
  type NewRoundBody,
  type RecordBody,
  type SessionTarget,
} from "@/lib/contract/sessions";
import { apiRequest, shouldRetry, type ApiRequest } from "./api";

/** Who calls: the link token, and the participant token of the person acting. */
export interface SessionCaller {
  workspaceId: string;
  token: string;
  participantToken: string | null;
}

const anyBody = z.unknown();

function sessionsPath(caller: SessionCaller, ...rest: string[]): string {
  return [`/api/workspaces/${encodeURIComponent(caller.workspaceId)}/sessions`, ...rest.map(encodeURIComponent)].join(
    "/",
  );
}

function send(caller: SessionCaller, extra: Omit<ApiRequest, "token" | "participantToken"> = {}): ApiRequest {
  return { token: caller.token, participantToken: caller.participantToken ?? undefined, ...extra };
}

export function sessionKeys(workspaceId: string) {
  return {
    all: ["sessions", workspaceId] as const,
    list: ["sessions", workspaceId, "list"] as const,
    detail: (sessionId: string) => ["sessions", workspaceId, "detail", sessionId] as const,
  };
}

/** The workspace's sessions, newest first. */
export function sessionListQuery(caller: SessionCaller) {
  return queryOptions({
    queryKey: sessionKeys(caller.workspaceId).list,
    queryFn: ({ signal }) => apiRequest(sessionsPath(caller), sessionListSchema, send(caller, { signal })),
    retry: (failures: number, error: Error) => shouldRetry(failures, error),
    refetchOnWindowFocus: false,
  });
}

/**
 * One session as the caller may see it: own answers, counts, results once closed, and for the
 * facilitator who takes part. Refetched when the published state in the document changes, not polled.
 */
export function sessionDetailQuery(caller: SessionCaller, sessionId: string) {
  return queryOptions({
    queryKey: sessionKeys(caller.workspaceId).detail(sessionId),
    queryFn: ({ signal }) => apiRequest(sessionsPath(caller, sessionId), sessionDetailSchema, send(caller, { signal })),
    retry: (failures: number, error: Error) => shouldRetry(failures, error),
    refetchOnWindowFocus: false,
  });
}

export function createSession(caller: SessionCaller, body: CreateSessionBody) {
  return apiRequest(sessionsPath(caller), openedRoundSchema, send(caller, { method: "POST", body }));
}

export function submitAnswer(caller: SessionCaller, sessionId: string, body: AnswerBody) {
  return apiRequest(sessionsPath(caller, sessionId, "answers"), anyBody, send(caller, { method: "PUT", body }));
}

export function closeRound(caller: SessionCaller, sessionId: string) {
  return apiRequest(sessionsPath(caller, sessionId, "close"), anyBody, send(caller, { method: "POST", body: {} }));
}

export function openNextRound(caller: SessionCaller, sessionId: string, body: NewRoundBody) {
  return apiRequest(
    sessionsPath(caller, sessionId, "rounds"),
    openedRoundSchema,
    send(caller, { method: "POST", body }),
  );
}

export function recordOutcomes(caller: SessionCaller, sessionId: string, body: RecordBody) {
  return apiRequest(sessionsPath(caller, sessionId, "record"), anyBody, send(caller, { method: "POST", body }));
}

export function revertOutcome(caller: SessionCaller, sessionId: string, target: SessionTarget) {
  const body = { target };
  return apiRequest(sessionsPath(caller, sessionId, "revert"), anyBody, send(caller, { method: "POST", body }));
}

export function extendRound(caller: SessionCaller, sessionId: string, seconds: number) {
  const body = { seconds };
  return apiRequest(sessionsPath(caller, sessionId, "extend"), anyBody, send(caller, { method: "POST", body }));
}

export function finishSession(caller: SessionCaller, sessionId: string) {
  return apiRequest(sessionsPath(caller, sessionId, "finish"), anyBody, send(caller, { method: "POST", body: {} }));
}

export function setParticipation(
  caller: SessionCaller,
  sessionId: string,
  participantId: string,
  action: "exclude" | "admit",
) {
  const path = sessionsPath(caller, sessionId, "participants", participantId, action);
  return apiRequest(path, anyBody, send(caller, { method: "POST", body: {} }));
}

/** The results as CSV, fetched with the link token (a plain link would need the token in the URL). */
export async function downloadResultsCsv(caller: SessionCaller, sessionId: string): Promise<Blob> {
  const response = await fetch(sessionsPath(caller, sessionId, "results.csv"), {
    headers: { Authorization: `Bearer ${caller.token}` },
    cache: "no-store",
  });
  if (!response.ok) throw new Error(`The results could not be downloaded (${response.status}). Try again.`);
  return response.blob();
}
