import type * as z from "../zod";
import { errorBodySchema } from "@/lib/contract/errors";
import type { CsvProblem } from "@/lib/domain/csv-import";

/** A non-2xx answer from the Mesa API, with the server's code and message when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    /** Every problem of an uploaded file (`invalid_csv`), each with its line and column. */
    readonly problems: readonly CsvProblem[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** The request never got an answer (server down, network gone). */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super("Mesa could not be reached. Check your connection and try again.", { cause });
    this.name = "NetworkError";
  }
}

export interface ApiRequest {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Link token, sent only as a Bearer header so it never lands in URLs or logs. */
  token?: string;
  participantToken?: string;
  body?: unknown;
  signal?: AbortSignal;
}

export async function apiRequest<T>(path: string, schema: z.ZodMiniType<T>, request: ApiRequest = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (request.token) headers.Authorization = `Bearer ${request.token}`;
  if (request.participantToken) headers["X-Participant-Token"] = request.participantToken;
  if (request.body !== undefined) headers["Content-Type"] = "application/json";
  let response: Response;
  try {
    response = await fetch(path, {
      method: request.method ?? "GET",
      headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: request.signal,
      cache: "no-store",
    });
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new NetworkError(error);
  }
  const payload: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(payload);
    if (parsed.success) {
      const { code, message, field, problems } = parsed.data.error;
      throw new ApiError(response.status, code, message, field, problems);
    }
    throw new ApiError(response.status, "http_error", `The server answered ${response.status} ${response.statusText}.`);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "bad_response",
      `Unexpected answer from ${path}: ${parsed.error.issues[0]?.message}`,
    );
  }
  return parsed.data;
}

/** Client errors are answers, not glitches: retrying them only delays the message. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}
