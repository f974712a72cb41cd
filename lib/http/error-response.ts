import "server-only";
// Every failure of an API route answers the same way (forms show the same through
// lib/http/form-state.ts): expected failures (AppError) become their status with a message naming
// the field; a database outage becomes 503 with Retry-After; anything else is logged with a
// request id and answered with a generic 500 (lib/http/public-error.ts).
import { AppError, httpStatusFor, RateLimitedError } from "@/lib/errors";
import { errorBody } from "@/lib/http/error-body";
import { toPublicError } from "@/lib/http/public-error";

export function errorResponse(error: unknown): Response {
  const known = toPublicError(error);
  if (!(known instanceof AppError)) {
    return Response.json({ error: { code: known.code, message: known.message } }, { status: 500 });
  }
  // UNAVAILABLE (a database outage, or the worker pool busy): a client may retry after a moment.
  const retryAfter =
    known instanceof RateLimitedError ? String(known.retryAfterSeconds) : known.code === "UNAVAILABLE" ? "5" : null;
  return Response.json(errorBody(known), {
    status: httpStatusFor(known.code),
    headers: retryAfter ? { "Retry-After": retryAfter } : undefined,
  });
}
