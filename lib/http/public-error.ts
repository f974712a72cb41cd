// What anyone outside may be told about a thrown value, the same for the HTTP API and for forms.
// Expected failures (AppError) as they are; a database outage as UNAVAILABLE, "try again in a few
// seconds", logged in one line (not a bug); a statement PostgreSQL stopped at its statement_timeout
// as UNAVAILABLE too (503 with Retry-After: the server is not broken, the request asked too much
// of it for now), also in one line; anything else logged in full under a request id and
// replaced by a generic message, so no stack trace or internal detail reaches the user.
import { randomUUID } from "node:crypto";
import { AppError } from "@/lib/errors";
import { isDatabaseUnavailable, isQueryCanceled } from "@/lib/http/database-unavailable";

/** A failure we did not expect: its details are in the log under `requestId`. */
export interface InternalError {
  code: "INTERNAL";
  message: string;
  requestId: string;
}

/** What a request stopped by the statement timeout is told, when its route has nothing better. */
export const QUERY_CANCELED_MESSAGE =
  "The request took too long and was stopped; try again in a moment, or ask for less at once";

// Prisma's message ends with the cause: one line, not a stack per request.
const causeOf = (error: unknown) => (error instanceof Error ? error.message.trim().split("\n").at(-1) : String(error));

/** Logs what needs logging and returns what the caller may show. */
export function toPublicError(error: unknown): AppError | InternalError {
  if (error instanceof AppError) return error;
  if (isDatabaseUnavailable(error)) {
    console.warn(`Database unavailable: ${causeOf(error)}`);
    return new AppError("UNAVAILABLE", "The database is unavailable; try again in a few seconds");
  }
  if (isQueryCanceled(error)) {
    console.warn(`Statement cancelled after the statement timeout: ${causeOf(error)}`);
    return new AppError("UNAVAILABLE", QUERY_CANCELED_MESSAGE);
  }
  const requestId = randomUUID();
  console.error(`[${requestId}]`, error);
  return { code: "INTERNAL", message: `Something went wrong on our side (request ${requestId})`, requestId };
}
