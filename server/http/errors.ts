import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import type { z } from "zod";
import type { ErrorCode } from "../../lib/contract";
import type { CsvProblem } from "../../lib/domain/csv-import";

/** The codes are the contract's (`ERROR_CODES` in lib/contract); docs/api.md has the table. */
export type { ErrorCode };

export interface ErrorBody {
  /** `problems` lists every problem of an uploaded file (`invalid_csv`), each with its line and column. */
  error: { code: ErrorCode; message: string; field?: string; problems?: readonly CsvProblem[] };
}

/** An error a client can act on; the error handler turns it into the shared JSON shape. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly problems?: readonly CsvProblem[],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function errorBody(
  code: ErrorCode,
  message: string,
  field?: string,
  problems?: readonly CsvProblem[],
): ErrorBody {
  return {
    error: {
      code,
      message,
      ...(field === undefined ? {} : { field }),
      ...(problems === undefined ? {} : { problems }),
    },
  };
}

/** Parses with zod; the first issue becomes a 400 naming the field at fault. */
export function parseOrThrow<T extends z.ZodType>(
  schema: T,
  value: unknown,
  code: "invalid_body" | "invalid_params" | "invalid_headers",
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  throw new ApiError(400, code, issue?.message ?? "invalid value", field === "" ? undefined : field);
}

export function handleError(error: FastifyError | ApiError, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof ApiError) {
    void reply.status(error.status).send(errorBody(error.code, error.message, error.field, error.problems));
    return;
  }
  const mapped = mapFastifyError(error, request.routeOptions.bodyLimit);
  if (mapped) {
    void reply.status(mapped.status).send(errorBody(mapped.code, mapped.message));
    return;
  }
  request.log.error({ err: error }, "unhandled request error");
  void reply.status(500).send(errorBody("internal", "Something went wrong on the server; try again."));
}

function mapFastifyError(
  error: FastifyError,
  bodyLimit = 64 * 1024,
): { status: number; code: ErrorCode; message: string } | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_INVALID_JSON_BODY":
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return { status: 400, code: "invalid_json", message: "The request body is not valid JSON." };
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      // Routes may raise the limit (a CSV import allows about 2 MB), so name the one that applied.
      return {
        status: 413,
        code: "payload_too_large",
        message: `The request body is larger than ${Math.round(bodyLimit / 1024)} KB.`,
      };
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return { status: 415, code: "unsupported_media_type", message: "Send the body as application/json." };
  }
  // The JSON parser reports syntax errors as plain SyntaxErrors with status 400.
  if (error instanceof SyntaxError && error.statusCode === 400) {
    return { status: 400, code: "invalid_json", message: "The request body is not valid JSON." };
  }
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: "invalid_body", message: error.message };
  }
  return undefined;
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .status(404)
    .send(errorBody("not_found", `No route ${request.method} ${request.url.split("?")[0] ?? ""}: see docs/api.md.`));
}
