import type { FastifyInstance } from "fastify";
import { ApiError } from "./errors";

/** `charset=…` of a Content-Type header, unquoted, when one is declared. */
export function declaredCharset(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? "");
  return match?.[1];
}

/**
 * The API reads bodies as UTF-8 JSON only. Fastify would also parse `text/plain`, and it
 * ignores a declared charset, so a Latin-1 body would be read as mojibake: both are refused
 * with 415 instead (a body without a Content-Type already is). Decoding other charsets is
 * not worth it: every client that speaks this API sends UTF-8.
 */
export function acceptOnlyUtf8Json(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser(["application/json", "text/plain"]);
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const charset = declaredCharset(request.headers["content-type"]);
    if (charset !== undefined && !/^utf-?8$/i.test(charset)) {
      done(
        new ApiError(
          415,
          "unsupported_media_type",
          `The body is declared as ${charset}: send it as UTF-8 (Content-Type: application/json; charset=utf-8).`,
        ),
        undefined,
      );
      return;
    }
    parseJson(request, body.toString(), done);
  });
}
