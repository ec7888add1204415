import * as z from "zod/mini";

/** Every `error.code` the HTTP API answers with; docs/api.md has the table. */
export const ERROR_CODES = [
  "invalid_json",
  "invalid_body",
  "invalid_params",
  "invalid_headers",
  "unauthorized",
  /** The participant token names someone the facilitator removed (401): registering again is not the fix. */
  "participant_removed",
  "forbidden",
  "not_found",
  "conflict",
  "payload_too_large",
  "invalid_csv",
  "limit_reached",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
  "internal",
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export const csvProblemSchema = z.object({
  line: z.nullable(z.number()),
  column: z.nullable(z.number()),
  columnName: z.nullable(z.string()),
  message: z.string(),
});

/** The one shape of every error answer. Codes are strings so an older page reads a newer server. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.optional(z.string()),
    problems: z.optional(z.array(csvProblemSchema)),
  }),
});

export type ErrorBody = z.infer<typeof errorBodySchema>;
